package io.github.disclosurereport.write.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Text, styles, merges and row heights on one sheet, creating rows and cells as they are needed: what the table
 * sheets, 报告信息 and 校验结果 draw with.
 */
final class SheetCells {

    private final XSSFSheet sheet;

    SheetCells(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    XSSFCell cellAt(int r, int c) {
        XSSFRow row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        XSSFCell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    void text(int r, int c, String text, XSSFCellStyle style) {
        XSSFCell cell = cellAt(r, c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Text in the top left cell of an area, merged over the area. */
    void textIn(int r1, int r2, int c1, int c2, String text, XSSFCellStyle style) {
        text(r1, c1, text, style);
        merge(r1, r2, c1, c2, style);
    }

    /** Merges and styles every covered cell, so borders print all round the merged area. */
    void merge(int r1, int r2, int c1, int c2, XSSFCellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cellAt(r, c).setCellStyle(style);
            }
        }
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /**
     * Rows do not grow for wrapped text in merged cells by themselves: give row {@code r} the lines {@code text}
     * needs in {@code widthChars} columns of width, never making it lower.
     */
    void fitHeight(int r, String text, int widthChars) {
        int lines = Math.max(1, (int) Math.ceil(displayWidth(text) / (double) Math.max(4, widthChars - 2)));
        XSSFRow row = sheet.getRow(r);
        float wanted = lines * 14.5f + 4f;
        if (row != null && row.getHeightInPoints() < wanted) {
            row.setHeightInPoints(wanted);
        }
    }

    /** Columns a text needs: CJK and full-width characters count two. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
