package io.github.disclosurereport.form;

import java.util.List;

/**
 * A total that the form says equals the sum of its parts: T3 （七）总计 = the outcome rows, a 总计 column = the other
 * columns, a legacy indicator = its {@code part} rows. Derived from the forms' check columns by
 * {@link FormDefinition#sumRelations()}; the validator, the xlsx formulas and corrections all use the same list.
 *
 * @param table   table code
 * @param kind    which of the form's three kinds of sum this is
 * @param totalId the cell that holds the total
 * @param partIds the cells that add up to it, in printed order
 */
public record SumRelation(String table, Kind kind, String totalId, List<String> partIds) {

    /** The three ways a form states a sum; the validator reports each under its own rule. */
    public enum Kind {
        /** Rows marked {@code part} summing into the total row after them, per column (T3 （七）总计). */
        ROW_PARTS,
        /** A {@code total} column summing the other columns of its block or table, per row (T3, T4 总计). */
        COLUMN_TOTAL,
        /** Legacy rows marked {@code part} summing into the row their {@code against} names. */
        AGAINST
    }

    /**
     * Keeps an unmodifiable copy of the parts.
     *
     * @param table   table code
     * @param kind    which kind of sum
     * @param totalId the total's cell id
     * @param partIds the parts' cell ids
     */
    public SumRelation {
        partIds = List.copyOf(partIds);
    }
}
