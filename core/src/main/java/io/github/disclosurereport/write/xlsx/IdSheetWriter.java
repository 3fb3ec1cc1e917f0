package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the hidden id sheet, the only place it is written: a line per placed form cell with the report cell and
 * what the workbook cell holds now, in the format {@link IdSheet} defines and the reader reads back.
 */
final class IdSheetWriter {

    private IdSheetWriter() {
    }

    /**
     * Writes the sheet once values and formulas are in place (a line keeps what its cell holds) and hides it.
     *
     * @param formName the form the workbook was laid out in
     * @param derived  the form's totals, which are SUM formulas
     */
    static void write(XSSFSheet sheet, Report report, String formName, Map<String, List<String>> derived,
                      Collection<Placed> placed) {
        List<IdSheet.Line> lines = placed.stream().map(p -> IdSheet.Line.of(p.id(), p.sheet().getSheetName(),
                p.reference(), report.cells().get(p.id()), IdSheet.contentOf(p.cell()),
                derived.containsKey(p.id()) && p.cell().getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA))
                .toList();
        List<List<String>> rows = IdSheet.rows(report.format(), formName, lines);
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        for (int c = 0; c < IdSheet.COLUMNS; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        XSSFWorkbook wb = sheet.getWorkbook();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }
}
