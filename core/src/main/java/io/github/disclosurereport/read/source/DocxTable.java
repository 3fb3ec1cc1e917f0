package io.github.disclosurereport.read.source;

import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.util.Map;

/**
 * A Word table seen both ways: the logical grid the readers map, and the Word cell behind each printed cell, so
 * that writers (template filling, corrections) change exactly the cell a report's {@code location} names.
 */
public final class DocxTable {

    private final SourceTable table;
    private final Map<GridCell, XWPFTableCell> wordCells;

    DocxTable(SourceTable table, Map<GridCell, XWPFTableCell> wordCells) {
        this.table = table;
        this.wordCells = wordCells;
    }

    public SourceTable grid() {
        return table;
    }

    /** The Word cell printed at a 0-based grid position (the top-left cell of a merge), or null. */
    public XWPFTableCell wordCell(int row, int column) {
        GridCell g = table.cell(row, column);
        return g == null ? null : wordCells.get(g);
    }
}
