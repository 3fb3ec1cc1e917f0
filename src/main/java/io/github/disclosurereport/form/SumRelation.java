package io.github.disclosurereport.form;

import java.util.List;

/**
 * A total that the form says equals the sum of its parts: T3 （七）总计 = the outcome rows, a 总计 column = the other
 * columns, a legacy indicator = its {@code part} rows. Derived from the forms' check columns by
 * {@link FormDefinition#sumRelations()}; the validator, the xlsx formulas and corrections all use the same list.
 *
 * @param table   table code
 * @param totalId the cell that holds the total
 * @param partIds the cells that add up to it, in printed order
 */
public record SumRelation(String table, String totalId, List<String> partIds) {
    public SumRelation {
        partIds = List.copyOf(partIds);
    }
}
