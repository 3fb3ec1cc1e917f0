package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceTable;

import java.util.ArrayList;
import java.util.List;

/** Small printed Word tables built cell by cell, for testing one mapping step without a .docx. */
final class Grids {

    private Grids() {
    }

    static GridCell cell(int row, int column, String text) {
        return new GridCell(row, column, 1, 1, text);
    }

    static GridCell span(int row, int column, int rowSpan, int columnSpan, String text) {
        return new GridCell(row, column, rowSpan, columnSpan, text);
    }

    /** Word table number {@code number} from merged and single cells. */
    static SourceTable table(int number, GridCell... cells) {
        return new SourceTable(number, "", 0, 0, List.of(cells));
    }

    /** Word table number {@code number} without merges, one string a cell. */
    static SourceTable rows(int number, String[]... rows) {
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(cell(r, c, rows[r][c]));
            }
        }
        return new SourceTable(number, "", 0, 0, cells);
    }
}
