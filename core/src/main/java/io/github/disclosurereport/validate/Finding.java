package io.github.disclosurereport.validate;

import io.github.disclosurereport.model.SourceLocation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing the validator found.
 *
 * @param rule     the rule id from rules.md (S1, A4, A-CHANNEL …)
 * @param severity how bad it is
 * @param message  what is wrong, the numbers, what to do — in Chinese
 * @param cells    the cell ids involved (as in the forms), empty when none
 * @param location where in the source file (the first cell's, or the paragraph's)
 * @param expected for arithmetic rules the value the cell should have, else null
 * @param actual   for arithmetic rules the value found (a blank cell counts as 0), else null
 */
public record Finding(String rule, Severity severity, String message, List<String> cells, SourceLocation location,
                      BigDecimal expected, BigDecimal actual) {

    /** Order of findings in a result: by place in the document, then rule. */
    public static final Comparator<Finding> BY_LOCATION = Comparator
            .comparing((Finding f) -> f.location().kind().ordinal())
            .thenComparing(f -> f.location().sheet())
            .thenComparingInt(f -> f.location().table())
            .thenComparingInt(f -> f.location().row())
            .thenComparingInt(f -> f.location().column())
            .thenComparingInt(f -> f.location().paragraph())
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join(",", f.cells()));

    /**
     * Requires rule, severity and message; keeps an unmodifiable copy of the cell ids; a missing location becomes
     * the whole document.
     *
     * @param rule     the rule id
     * @param severity how bad it is
     * @param message  what is wrong, in Chinese
     * @param cells    the cell ids involved
     * @param location where in the source file, or null when unknown
     * @param expected the value the cell should have, or null
     * @param actual   the value found, or null
     * @throws NullPointerException when rule, severity, message or cells is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        cells = List.copyOf(cells);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }

    /**
     * A finding that is not about numbers, so with no expected and actual value: what most rules report.
     *
     * @param rule     the rule id
     * @param severity how bad it is
     * @param message  what is wrong and what to do, in Chinese
     * @param cells    the cell ids involved, empty when none
     * @param location where in the source file, or null when unknown
     * @return the finding
     */
    public static Finding of(String rule, Severity severity, String message, List<String> cells,
                             SourceLocation location) {
        return new Finding(rule, severity, message, cells, location, null, null);
    }

    /** {@return the finding as one line for people: rule, severity, place and message, e.g. A4 错误 第2个表格第5行第3列：…} */
    public String describe() {
        return rule + " " + severity.chinese() + " " + location.describe() + "：" + message;
    }
}
