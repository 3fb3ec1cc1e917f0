package io.github.disclosurereport.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One table cell under its official id (e.g. {@code T3:R3.3.1:natural}, {@code L:1.2.2}).
 *
 * @param id       the cell id from the forms data
 * @param value    the number read, or null when the cell holds no number
 * @param raw      the text as printed, unchanged (empty for a blank cell)
 * @param state    what kind of content the cell held
 * @param location where it was printed
 */
public record Cell(String id, BigDecimal value, String raw, CellState state, SourceLocation location) {

    /**
     * Checks that a NUMBER cell has its number, and fills in what a reader or program may leave out: a missing raw
     * text becomes empty, a missing location {@link SourceLocation#DOCUMENT}.
     *
     * @param id       the cell id
     * @param value    the number, required for a NUMBER cell
     * @param raw      the printed text, or null for none
     * @param state    what kind of content the cell held
     * @param location where it was printed, or null when unknown
     * @throws NullPointerException     when id or state is null
     * @throws IllegalArgumentException when the state is NUMBER and there is no value
     */
    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        raw = raw == null ? "" : raw;
        location = location == null ? SourceLocation.DOCUMENT : location;
        if (state == CellState.NUMBER && value == null) {
            throw new IllegalArgumentException("a NUMBER cell needs a value: " + id);
        }
    }

    /**
     * A cell with a number written by a program (no printed source); its raw text is the number in plain digits.
     *
     * @param id       the cell id, e.g. {@code T3:R1:natural}
     * @param value    the number
     * @param location where the cell belongs, or null when it has no place in a document
     * @return a NUMBER cell
     */
    public static Cell number(String id, BigDecimal value, SourceLocation location) {
        return new Cell(id, value, value.toPlainString(), CellState.NUMBER, location);
    }

    /** {@return the number read, if the cell holds one} Unlike {@link #value()}, never null. */
    public Optional<BigDecimal> numericValue() {
        return Optional.ofNullable(value);
    }

    /**
     * {@return whether nothing was printed in the cell} A cell holding 0 is not blank, nor is one holding a dash or
     * 无 ({@link CellState#NOT_APPLICABLE}): the rules treat the three differently.
     */
    public boolean isBlank() {
        return state == CellState.EMPTY;
    }
}
