package io.github.disclosurereport.form;

import java.util.Locale;

/** The {@code check} column of a forms TSV: how a row's or column's value relates to others. */
public enum Check {
    /** No arithmetic relation ("-" or blank). */
    NONE,
    /** One of the parts that sum to a total (T3 outcome rows; legacy rows summing to 'against'). */
    PART,
    /** A 其中 row: value ≤ the row it names. */
    SUBSET,
    /** A channel of a de-duplicated count: max(channels) ≤ total ≤ sum(channels). */
    CHANNEL,
    /** A reference quantity, no relation. */
    REF,
    /** A signed value (trial 本年增/减). */
    SIGNED;

    static Check parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.equals("-")) {
            return NONE;
        }
        try {
            return valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormDefinitionException("unknown check '" + s + "'");
        }
    }
}
