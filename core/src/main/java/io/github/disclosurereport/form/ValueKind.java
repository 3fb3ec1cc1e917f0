package io.github.disclosurereport.form;

/** What values a cell accepts, derived from the form's unit and check columns. */
public enum ValueKind {
    /** A non-negative integer (件, 条, 次 …). */
    COUNT,
    /** A non-negative decimal (a money unit of units.tsv: 万元, 元; or an amount with no printed unit). */
    MONEY,
    /** A signed integer (trial 本年增/减). */
    SIGNED
}
