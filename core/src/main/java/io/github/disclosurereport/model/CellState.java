package io.github.disclosurereport.model;

/** What a printed cell held. Blank, zero and "not applicable" stay distinct. */
public enum CellState {
    /** Nothing printed (or only white space). */
    EMPTY,
    /** A number was read; {@link Cell#value()} holds it. */
    NUMBER,
    /** A dash, slash or 无: the office says the item does not apply. */
    NOT_APPLICABLE,
    /** Anything else, e.g. "减4" or "? 0"; the raw text is kept for the validator. */
    TEXT
}
