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
 * @param page      the printed page of a PDF the table row or paragraph is on, from 1; 0 for files without pages
 */
public record SourceLocation(Kind kind, int table, int row, int column, int paragraph, String sheet, int page) {

    /** What a location points at, and so which of its numbers mean something. */
    public enum Kind {
        /** A cell of a Word table: {@code table}, {@code row} and {@code column}. */
        TABLE_CELL,
        /** A paragraph of the document's text: {@code paragraph}. */
        PARAGRAPH,
        /** A cell of a worksheet: {@code sheet}, {@code row} and {@code column}, as in {@link #a1Reference()}. */
        SHEET_CELL,
        /** The whole document: nothing more precise is known. */
        DOCUMENT
    }

    /** Used where nothing more precise is known. */
    public static final SourceLocation DOCUMENT = new SourceLocation(Kind.DOCUMENT, 0, 0, 0, 0, "", 0);

    /**
     * Requires the kind; a missing sheet name becomes empty.
     *
     * @param kind      what the location points at
     * @param table     table number, or 0
     * @param row       printed row, or 0
     * @param column    printed column, or 0
     * @param paragraph paragraph number, or 0
     * @param sheet     sheet name, or null
     * @param page      printed page of a PDF, or 0
     * @throws IllegalArgumentException when the kind is null or the page negative
     */
    public SourceLocation {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        sheet = sheet == null ? "" : sheet;
    }

    /**
     * A location in a file without pages (Word, a web page, a workbook).
     *
     * @param kind      what the location points at
     * @param table     table number, or 0
     * @param row       printed row, or 0
     * @param column    printed column, or 0
     * @param paragraph paragraph number, or 0
     * @param sheet     sheet name, or null
     * @throws IllegalArgumentException when the kind is null
     */
    public SourceLocation(Kind kind, int table, int row, int column, int paragraph, String sheet) {
        this(kind, table, row, column, paragraph, sheet, 0);
    }

    /**
     * The same place on a printed page of a PDF, so that a clerk finds it in the file: 第3页第2个表格第4行第10列.
     *
     * @param page the page, from 1 (0: no page)
     * @return this location on that page
     */
    public SourceLocation onPage(int page) {
        return new SourceLocation(kind, table, row, column, paragraph, sheet, page);
    }

    /**
     * A cell of a Word table, as a clerk counts it in the printed document.
     *
     * @param table  the table's number in the document, from 1
     * @param row    the printed row inside the table, from 1
     * @param column the printed (grid) column inside the table, from 1
     * @return a {@link Kind#TABLE_CELL} location
     */
    public static SourceLocation tableCell(int table, int row, int column) {
        return new SourceLocation(Kind.TABLE_CELL, table, row, column, 0, "");
    }

    /**
     * A paragraph of the document's text.
     *
     * @param paragraph the paragraph's number in the document, from 1 (tables do not count)
     * @return a {@link Kind#PARAGRAPH} location
     */
    public static SourceLocation paragraph(int paragraph) {
        return new SourceLocation(Kind.PARAGRAPH, 0, 0, 0, paragraph, "");
    }

    /**
     * A cell of a worksheet, where .xlsx and .xls reports print their tables.
     *
     * @param sheet  the sheet's name
     * @param row    the sheet row, from 1
     * @param column the sheet column, from 1 (A is 1)
     * @return a {@link Kind#SHEET_CELL} location
     */
    public static SourceLocation sheetCell(String sheet, int row, int column) {
        return new SourceLocation(Kind.SHEET_CELL, 0, row, column, 0, sheet);
    }

    /** {@return the spreadsheet reference of a sheet cell, such as {@code C12}; empty for any other location} */
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

    /**
     * {@return the location in words a clerk understands, e.g. 第2个表格第5行第3列, in a PDF 第3页第2个表格第5行第3列}
     * Findings and notes are shown with it.
     */
    public String describe() {
        String where = switch (kind) {
            case TABLE_CELL -> "第" + table + "个表格第" + row + "行第" + column + "列";
            case PARAGRAPH -> "第" + paragraph + "段";
            case SHEET_CELL -> "工作表“" + sheet + "”" + a1Reference() + "单元格";
            case DOCUMENT -> "全文";
        };
        return page > 0 && kind != Kind.DOCUMENT ? "第" + page + "页" + where : where;
    }
}
