package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads a printed cell's text into a {@link Cell}: full-width digits, thousands separators and surrounding space
 * normalised; dashes, slashes and 无 are NOT_APPLICABLE; anything else that is not a plain number stays TEXT with
 * its raw text (the validator decides what "减4" or "251000元" means). The raw text is always kept.
 */
public final class CellValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[-—–―─/\\\\无]+|－+|／+|无");

    private CellValues() {
    }

    public static Cell parse(String id, String raw, SourceLocation location) {
        String text = raw == null ? "" : raw;
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u3000\\u00a0\\u200b\\ufeff]+", "");
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
