package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.CellDefinition;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a form cell landed in the workbook, as the table sheet painter placed it: its sheet and address. Values,
 * formulas, notes, the findings' links and the id sheet all find the cell through this.
 *
 * @param sheet      the table sheet
 * @param address    the cell's address there (the top left cell of a merged area)
 * @param definition the form cell
 */
record Placed(XSSFSheet sheet, CellAddress address, CellDefinition definition) {

    String id() {
        return definition.id();
    }

    /** The A1 reference on its sheet, e.g. J6. */
    String reference() {
        return address.formatAsString();
    }

    /** The workbook cell; the painter created it. */
    XSSFCell cell() {
        return sheet.getRow(address.getRow()).getCell(address.getColumn());
    }
}
