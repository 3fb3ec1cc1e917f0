package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed cell's text into a {@link Cell}: full-width digits, thousands separators and surrounding space
 * normalised; dashes, slashes and 无 are NOT_APPLICABLE; anything else that is not a plain number stays TEXT with
 * its raw text (the validator decides what "减4" means). Read for a form cell ({@link #parse(CellDefinition, String,
 * SourceLocation)}), an amount written with its unit ("251000元", "25.1万元", "12件") is that number, converted to
 * the cell's unit where the form gives one. The raw text is always kept, so the validator still says it was written
 * with a unit.
 */
public final class CellValues {

    /** Compiled once: every cell of every table is parsed. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[-—–―─/\\\\无]+|－+|／+|无");

    /** A number followed by a unit word: 251000元, 75394432.52元, 25.1万元, 12件. */
    private static final Pattern WITH_UNIT = Pattern.compile(
            "\\+?(\\d+(?:\\.\\d+)?)(万元|元|件|条|项|个|次|人次|篇|人|期|份)");

    private CellValues() {
    }

    /**
     * Reads a printed cell of a form cell. As {@link #parse(String, String, SourceLocation)}, and an amount written
     * with a unit is read as its value: a money cell takes 元 or 万元, converted to the cell's unit when the form
     * gives one (251000元 in a 万元 cell is 25.1) and as written when it gives none (the trial 采购总金额); a count
     * cell takes its own unit (12件 in a 件 cell is 12). Anything else stays TEXT for the validator.
     *
     * @param cell     the form's definition of the cell
     * @param raw      the printed text
     * @param location where it was printed
     * @return the cell, its raw text unchanged
     */
    public static Cell parse(CellDefinition cell, String raw, SourceLocation location) {
        Cell read = parse(cell.id(), raw, location);
        if (read.state() != CellState.TEXT) {
            return read;
        }
        String t = SPACES.matcher(Normalizer.normalize(read.raw(), Normalizer.Form.NFKC))
                .replaceAll("").replace(",", "");
        Matcher m = WITH_UNIT.matcher(t);
        if (!m.matches()) {
            return read;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String unit = m.group(2);
        BigDecimal value;
        if (cell.kind() == ValueKind.MONEY && (unit.equals("元") || unit.equals("万元"))) {
            value = cell.unit().isEmpty() || cell.unit().equals(unit) ? v
                    : unit.equals("元") && cell.unit().equals("万元") ? v.movePointLeft(4)
                    : unit.equals("万元") && cell.unit().equals("元") ? v.movePointRight(4) : null;
        } else if (cell.kind() == ValueKind.COUNT && unit.equals(cell.unit())) {
            value = v;
        } else {
            value = null;
        }
        if (value == null) {
            return read;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return new Cell(cell.id(), plain.scale() < 0 ? plain.setScale(0) : plain, read.raw(), CellState.NUMBER,
                read.location());
    }

    public static Cell parse(String id, String raw, SourceLocation location) {
        String text = raw == null ? "" : raw;
        String t = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        if (t.isEmpty()) {
            return new Cell(id, null, text, CellState.EMPTY, location);
        }
        if (NUMBER.matcher(t).matches()) {
            return new Cell(id, new BigDecimal(t.startsWith("+") ? t.substring(1) : t), text, CellState.NUMBER,
                    location);
        }
        if (GROUPED.matcher(t).matches()) {
            String plain = t.replace(",", "");
            return new Cell(id, new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain), text,
                    CellState.NUMBER, location);
        }
        if (NOT_APPLICABLE.matcher(t).matches()) {
            return new Cell(id, null, text, CellState.NOT_APPLICABLE, location);
        }
        return new Cell(id, null, text, CellState.TEXT, location);
    }
}
