package io.github.disclosurereport.write.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints: always on A4, one page wide and as many pages down as it needs, so no column is ever cut
 * off; orientation, centring, margins, repeated header rows and the print area are each sheet's own choice.
 */
final class PrintSetup {

    private final XSSFSheet sheet;
    private final XSSFPrintSetup ps;

    private PrintSetup(XSSFSheet sheet) {
        this.sheet = sheet;
        this.ps = sheet.getPrintSetup();
    }

    /** A4, fitted to one page wide, as many pages down as needed. */
    static PrintSetup onePageWideOnA4(XSSFSheet sheet) {
        PrintSetup setup = new PrintSetup(sheet);
        setup.ps.setPaperSize(XSSFPrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.ps.setFitWidth((short) 1);
        setup.ps.setFitHeight((short) 0);
        return setup;
    }

    PrintSetup landscape(boolean landscape) {
        ps.setLandscape(landscape);
        return this;
    }

    PrintSetup centredAcross() {
        sheet.setHorizontallyCenter(true);
        return this;
    }

    /** Narrower left and right margins, for wide tables. */
    PrintSetup sideMargins(double inches) {
        sheet.setMargin(Sheet.LeftMargin, inches);
        sheet.setMargin(Sheet.RightMargin, inches);
        return this;
    }

    /** Rows {@code first}..{@code last} printed again at the top of every page. */
    PrintSetup repeatingRows(int first, int last) {
        sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
        return this;
    }

    /** Prints columns 0..{@code lastColumn} of rows 0..{@code lastRow} only. */
    PrintSetup area(int lastColumn, int lastRow) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        return this;
    }
}
