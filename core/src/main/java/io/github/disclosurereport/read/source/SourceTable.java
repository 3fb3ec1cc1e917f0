package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a logical grid with merges resolved: every grid position holds the printed cell covering it (or
 * null where the source had no cell, e.g. a short row). Built by the file-type readers.
 */
public final class SourceTable implements SourceBlock {

    private final int number;
    private final String sheet;
    private final int rowOffset;
    private final int columnOffset;
    private final GridCell[][] grid;
    private final List<GridCell> cells;
    /** The printed page of each grid row (a PDF's table may run over pages), or empty for files without pages. */
    private final int[] rowPages;

    /**
     * @param number       1-based table number in the document (sheet number for workbooks)
     * @param sheet        sheet name for workbooks, empty for Word
     * @param rowOffset    added to a grid row for the printed location (a sheet's first used row)
     * @param columnOffset added to a grid column for the printed location
     * @param cells        the printed cells; their spans define the grid
     */
    public SourceTable(int number, String sheet, int rowOffset, int columnOffset, List<GridCell> cells) {
        this(number, sheet, rowOffset, columnOffset, cells, new int[0]);
    }

    /**
     * A table printed on pages (a PDF's): its locations name the page each row is printed on.
     *
     * @param rowPages the page of each grid row, from 1; rows past its end have no page
     */
    public SourceTable(int number, List<GridCell> cells, int[] rowPages) {
        this(number, "", 0, 0, cells, rowPages);
    }

    private SourceTable(int number, String sheet, int rowOffset, int columnOffset, List<GridCell> cells,
                        int[] rowPages) {
        this.rowPages = rowPages.clone();
        this.number = number;
        this.sheet = sheet == null ? "" : sheet;
        this.rowOffset = rowOffset;
        this.columnOffset = columnOffset;
        int rows = 0;
        int cols = 0;
        for (GridCell c : cells) {
            rows = Math.max(rows, c.row() + c.rowSpan());
            cols = Math.max(cols, c.column() + c.columnSpan());
        }
        this.grid = new GridCell[rows][cols];
        List<GridCell> kept = new ArrayList<>();
        for (GridCell c : cells) {
            if (grid[c.row()][c.column()] != null) {
                continue; // overlapping merge in a damaged file: first cell wins
            }
            kept.add(c);
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    if (grid[r][k] == null) {
                        grid[r][k] = c;
                    }
                }
            }
        }
        this.cells = List.copyOf(kept);
    }

    public int number() {
        return number;
    }

    public String sheet() {
        return sheet;
    }

    public int rowCount() {
        return grid.length;
    }

    public int columnCount() {
        return grid.length == 0 ? 0 : grid[0].length;
    }

    /** The printed cell covering a grid position, or null when none does or the position is outside the grid. */
    public GridCell cell(int row, int column) {
        if (row < 0 || row >= grid.length || column < 0 || column >= grid[row].length) {
            return null;
        }
        return grid[row][column];
    }

    /** Text at a grid position; empty when no cell covers it. */
    public String text(int row, int column) {
        GridCell c = cell(row, column);
        return c == null ? "" : c.text();
    }

    /** The distinct printed cells of a grid row, left to right (a merged cell once). */
    public List<GridCell> rowCells(int row) {
        List<GridCell> out = new ArrayList<>();
        for (int c = 0; c < columnCount(); c++) {
            GridCell cell = cell(row, c);
            if (cell != null && (out.isEmpty() || out.get(out.size() - 1) != cell)) {
                out.add(cell);
            }
        }
        return out;
    }

    /** All printed cells in reading order. */
    public List<GridCell> cells() {
        return cells;
    }

    /** The printed location of a grid position: a Word table cell (in a PDF: on its page) or a sheet cell. */
    public SourceLocation location(int row, int column) {
        if (!sheet.isEmpty()) {
            return SourceLocation.sheetCell(sheet, row + rowOffset + 1, column + columnOffset + 1);
        }
        SourceLocation cell = SourceLocation.tableCell(number, row + 1, column + 1);
        return row >= 0 && row < rowPages.length ? cell.onPage(rowPages[row]) : cell;
    }
}
