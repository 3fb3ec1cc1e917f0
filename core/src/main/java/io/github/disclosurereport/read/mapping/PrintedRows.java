package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.Labels;

import java.util.ArrayList;
import java.util.List;

/** What a printed row holds: its label cells, the value cell under a header cell, whether it is blank. */
final class PrintedRows {

    private PrintedRows() {
    }

    /** The row's label path: its distinct non-blank cells left of the first data column, outermost first. */
    static List<GridCell> labelCells(SourceTable t, int r, int firstDataColumn) {
        List<GridCell> labels = new ArrayList<>();
        for (int c = 0; c < firstDataColumn; c++) {
            GridCell cell = t.cell(r, c);
            if (cell != null && !Labels.clean(cell.text()).isEmpty() && !labels.contains(cell)) {
                labels.add(cell);
            }
        }
        return labels;
    }

    /** The printed cell under a header cell in row r: the one with text if the columns are split. */
    static GridCell valueCell(SourceTable t, int r, GridCell headerCell) {
        GridCell first = null;
        for (int c = headerCell.column(); c < headerCell.column() + headerCell.columnSpan(); c++) {
            GridCell cell = t.cell(r, c);
            if (cell == null || cell.row() + cell.rowSpan() <= r) {
                continue;
            }
            if (first == null) {
                first = cell;
            }
            if (!Labels.clean(cell.text()).isEmpty()) {
                return cell;
            }
        }
        return first;
    }

    static boolean isBlank(SourceTable t, int r) {
        return t.rowCells(r).stream().allMatch(c -> Labels.clean(c.text()).isEmpty());
    }

    /** Whether row r is blank from grid column {@code from} on. */
    static boolean isBlankFrom(SourceTable t, int r, int from) {
        for (int c = from; c < t.columnCount(); c++) {
            if (!Labels.clean(t.text(r, c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
