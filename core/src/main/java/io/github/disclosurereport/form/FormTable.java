package io.github.disclosurereport.form;

import java.util.List;
import java.util.Optional;

/**
 * One official table: its rows, columns, printed groups, and the cells they define, all in printed order.
 *
 * @param code    T2, T3, T4 (standard forms) or L (legacy statistics)
 * @param rows    data rows in printed order
 * @param columns data columns in printed order (empty for the legacy single-value form)
 * @param groups  blocks, groups and notes in printed order
 * @param cells   every cell, in printed order (row-major)
 */
public record FormTable(String code, List<FormRow> rows, List<FormColumn> columns, List<FormGroup> groups,
                        List<CellDefinition> cells) {

    public FormTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        cells = List.copyOf(cells);
    }

    public Optional<FormRow> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    /** Columns of a T2 block, or all columns when the table has no blocks. */
    public List<FormColumn> columnsOf(String block) {
        if (blocks().isEmpty()) {
            return columns;
        }
        return columns.stream().filter(c -> c.parent().equals(block)).toList();
    }

    /** Rows of a T2 block, or all rows when the table has no blocks. */
    public List<FormRow> rowsOf(String block) {
        if (blocks().isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> r.parent().equals(block)).toList();
    }

    public List<FormGroup> blocks() {
        return groups.stream().filter(FormGroup::isBlock).toList();
    }

    /** The printed note of the table (T3's 勾稽关系), if any. */
    public Optional<String> note() {
        return groups.stream().filter(g -> g.kind().equals("note")).map(FormGroup::label).findFirst();
    }
}
