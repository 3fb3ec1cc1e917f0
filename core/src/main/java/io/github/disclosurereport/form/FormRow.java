package io.github.disclosurereport.form;

/**
 * A printed data row (or, in the legacy form, any indicator line; one without a unit is a heading).
 *
 * @param code    stable key, e.g. R3.3.1, rules, 1.2.2
 * @param parent  the block (T2), printed group (T3), or parent indicator (legacy); empty at top level
 * @param check   relation to 'against' (legacy) or to the table total (T3 'part')
 * @param against the indicator this one is checked against (legacy); empty otherwise
 * @param unit    printed unit (legacy); empty for standard-form rows
 * @param label   the official printed label
 */
public record FormRow(String code, String parent, Check check, String against, String unit, String label) {
}
