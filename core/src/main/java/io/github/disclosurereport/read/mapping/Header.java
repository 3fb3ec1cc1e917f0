package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.read.source.GridCell;

import java.util.List;

/**
 * What a run of header rows says: the header cells above each grid column, the T2 block it opens, and the data
 * columns it names, left to right.
 *
 * @param paths     per grid column, the distinct non-blank header cells above it, top down
 * @param block     the T2 block whose caption the run prints, or null
 * @param columns   the data columns
 * @param namesRows whether the header also names rows, as T4 prints its rows above the columns: a data row without
 *                  labels is then still a row of the form
 */
record Header(List<List<GridCell>> paths, FormGroup block, List<DataColumn> columns, boolean namesRows) {

    List<GridCell> path(int column) {
        return column < paths.size() ? paths.get(column) : List.of();
    }

    /** The code of the block, or null when the run names none (no blocks, or a T2 printed without captions). */
    String blockCode() {
        return block == null ? null : block.code();
    }

    /** The first grid column holding values (the columns before it hold labels); 1 when no data column is known. */
    int firstDataColumn() {
        return columns.stream().mapToInt(d -> d.headerCell().column()).min().orElse(1);
    }

    /**
     * A data column: the form column (of this form or the older one) and the header cell naming it.
     *
     * @param candidates the form columns the header cell names: one, or one per block
     * @param older      whether they are the older form's
     * @param headerCell the printed header cell
     */
    record DataColumn(List<FormColumn> candidates, boolean older, GridCell headerCell) {
        FormColumn column() {
            return candidates.get(0);
        }

        /** The candidate of the row's block: a T2 printed without captions has the same header in two blocks. */
        FormColumn columnFor(FormRow row) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            List<FormColumn> same = candidates.stream().filter(c -> c.parent().equals(row.parent())).toList();
            return same.size() == 1 ? same.get(0) : null;
        }
    }
}
