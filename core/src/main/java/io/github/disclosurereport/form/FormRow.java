package io.github.disclosurereport.form;

import java.util.List;

/**
 * A printed data row (or, in the legacy form, any indicator line; one without a unit is a heading).
 *
 * @param code    stable key, e.g. R3.3.1, rules, 1.2.2
 * @param parent  the block (T2), printed group (T3), or parent indicator (legacy); empty at top level
 * @param check   relation to 'against' (legacy) or to the table total (T3 'part')
 * @param against the indicator this one is checked against (legacy); empty otherwise
 * @param unit    printed unit (legacy); empty for standard-form rows
 * @param label   the official printed label
 * @param also    other labels offices print for the same row (a provincial form's data, column {@code also});
 *                empty for the national forms
 */
public record FormRow(String code, String parent, Check check, String against, String unit, String label,
                      List<String> also) {

    /**
     * Keeps an unmodifiable copy of the other labels.
     *
     * @param code    stable key
     * @param parent  the block, group or parent indicator; empty at top level
     * @param check   relation to 'against' or to the table total
     * @param against the indicator this one is checked against (legacy); empty otherwise
     * @param unit    printed unit (legacy); empty for standard-form rows
     * @param label   the official printed label
     * @param also    other printed labels of the row
     */
    public FormRow {
        also = List.copyOf(also);
    }

    /**
     * A row printed under its one label.
     *
     * @param code    stable key
     * @param parent  the block, group or parent indicator; empty at top level
     * @param check   relation to 'against' or to the table total
     * @param against the indicator this one is checked against (legacy); empty otherwise
     * @param unit    printed unit (legacy); empty for standard-form rows
     * @param label   the official printed label
     */
    public FormRow(String code, String parent, Check check, String against, String unit, String label) {
        this(code, parent, check, against, unit, label, List.of());
    }
}
