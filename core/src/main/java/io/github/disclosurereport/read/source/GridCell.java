package io.github.disclosurereport.read.source;

/**
 * A printed cell of a logical table grid. A merged cell is one GridCell covering several grid positions; every
 * position it covers returns the same instance from {@link SourceTable#cell}.
 *
 * @param row        0-based grid row of its top-left position
 * @param column     0-based grid column of its top-left position
 * @param rowSpan    rows covered (≥ 1)
 * @param columnSpan columns covered (≥ 1)
 * @param text       its text; paragraphs and line breaks inside the cell as \n
 */
public record GridCell(int row, int column, int rowSpan, int columnSpan, String text) {

    public GridCell {
        text = text == null ? "" : text;
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
    }

    public boolean isMerged() {
        return rowSpan > 1 || columnSpan > 1;
    }
}
