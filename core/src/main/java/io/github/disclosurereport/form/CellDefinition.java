package io.github.disclosurereport.form;

import java.util.Optional;

/**
 * One cell the form defines: a row × column pair of the same block or table.
 *
 * @param id     the official id, e.g. T3:R3.3.1:natural, T2:rules:issued, L:1.2.2
 * @param table  table code (T2, T3, T4, L)
 * @param block  the T2 block code, else empty
 * @param row    the row
 * @param column the column, or null for a single-value form (legacy statistics)
 * @param unit   the unit (the column's, else the row's)
 * @param kind   which values are valid
 */
public record CellDefinition(String id, String table, String block, FormRow row, FormColumn column, String unit,
                             ValueKind kind) {

    /** {@return the column, empty for a cell of the legacy single-value form} Unlike {@link #column()}, never null. */
    public Optional<FormColumn> columnIfAny() {
        return Optional.ofNullable(column);
    }

    /** {@return the row and column labels as a clerk reads them, e.g. （一）予以公开 / 自然人} */
    public String describe() {
        return column == null ? row.label() : row.label() + " / " + column.label();
    }
}
