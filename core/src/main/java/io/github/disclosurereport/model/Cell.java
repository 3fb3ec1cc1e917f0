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

    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        raw = raw == null ? "" : raw;
        location = location == null ? SourceLocation.DOCUMENT : location;
        if (state == CellState.NUMBER && value == null) {
            throw new IllegalArgumentException("a NUMBER cell needs a value: " + id);
        }
    }

    /** A cell with a number written by a program (no printed source). */
    public static Cell number(String id, BigDecimal value, SourceLocation location) {
        return new Cell(id, value, value.toPlainString(), CellState.NUMBER, location);
    }

    public Optional<BigDecimal> numericValue() {
        return Optional.ofNullable(value);
    }

    public boolean isBlank() {
        return state == CellState.EMPTY;
    }
}
