package io.github.disclosurereport.model;

/**
 * Where something came from in the source file. Rows, columns, tables and paragraphs are 1-based as a person
 * counts them in the printed document; 0 means "not applicable" for that kind of location.
 *
 * @param kind      what the location points at
 * @param table     table number in document order (TABLE_CELL), else 0
 * @param row       printed row inside the table or sheet
 * @param column    printed (grid) column inside the table or sheet
 * @param paragraph paragraph number in document order (PARAGRAPH), else 0
 * @param sheet     sheet name (SHEET_CELL), else empty
 */
public record SourceLocation(Kind kind, int table, int row, int column, int paragraph, String sheet) {

    public enum Kind { TABLE_CELL, PARAGRAPH, SHEET_CELL, DOCUMENT }

    /** Used where nothing more precise is known. */
    public static final SourceLocation DOCUMENT = new SourceLocation(Kind.DOCUMENT, 0, 0, 0, 0, "");

    public SourceLocation {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        sheet = sheet == null ? "" : sheet;
    }

    public static SourceLocation tableCell(int table, int row, int column) {
        return new SourceLocation(Kind.TABLE_CELL, table, row, column, 0, "");
    }

    public static SourceLocation paragraph(int paragraph) {
        return new SourceLocation(Kind.PARAGRAPH, 0, 0, 0, paragraph, "");
    }

    public static SourceLocation sheetCell(String sheet, int row, int column) {
        return new SourceLocation(Kind.SHEET_CELL, 0, row, column, 0, sheet);
    }

    /** Spreadsheet-style reference such as {@code C12}, for sheet cells; empty otherwise. */
    public String a1Reference() {
        if (kind != Kind.SHEET_CELL || row < 1 || column < 1) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + Integer.toString(row);
    }

    /** The location in words a clerk understands, e.g. 第2个表格第5行第3列. */
    public String describe() {
        return switch (kind) {
            case TABLE_CELL -> "第" + table + "个表格第" + row + "行第" + column + "列";
            case PARAGRAPH -> "第" + paragraph + "段";
            case SHEET_CELL -> "工作表“" + sheet + "”" + a1Reference() + "单元格";
            case DOCUMENT -> "全文";
        };
    }
}
