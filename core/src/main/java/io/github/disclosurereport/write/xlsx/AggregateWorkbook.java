package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * The 汇总 workbook of departments' reports: the region's tables in the printed layout of the form (as the exported
 * workbook draws them), each input cell a live formula taking its sum from the 分部门明细 sheet, where every form
 * cell is a row with one column per department and a SUM column; the totals stay the form's SUM formulas. A
 * 汇总说明 sheet names the departments summed and the reports left out.
 */
public final class AggregateWorkbook {

    /** The sheet with a column per department. */
    public static final String DETAILS = "分部门明细";
    /** The sheet naming what was summed and what was not. */
    public static final String NOTES = "汇总说明";

    private AggregateWorkbook() {
    }

    /**
     * The workbook (the caller writes and closes it).
     *
     * @param sum         the summed report, whose form lays the tables out
     * @param departments the summed reports, in column order
     * @param names       their column headings
     * @param refused     reports left out (or summed despite errors), one line each
     * @param forms       the configured forms
     * @return the workbook with cached values for every formula
     */
    public static XSSFWorkbook build(Report sum, List<Report> departments, List<String> names, List<String> refused,
                                     FormSet forms) {
        XSSFWorkbook wb = new WorkbookBuilder(sum, forms).build(null);
        FormDefinition form = sum.form(forms);
        WorkbookStyles styles = new WorkbookStyles(wb);
        List<IdSheet.Line> lines = IdSheet.lines(wb.getSheet(IdSheet.NAME));
        XSSFSheet details = wb.createSheet(DETAILS);
        SheetCells cells = new SheetCells(details);
        int first = 3;
        int sumColumn = first + departments.size();
        String[] fixed = {"项目", "单元格", "汇总表位置"};
        for (int c = 0; c < fixed.length; c++) {
            cells.text(0, c, fixed[c], styles.header);
        }
        for (int d = 0; d < departments.size(); d++) {
            cells.text(0, first + d, names.get(d), styles.header);
            details.setColumnWidth(first + d, 14 * 256);
        }
        cells.text(0, sumColumn, "合计", styles.header);
        details.setColumnWidth(0, 40 * 256);
        details.setColumnWidth(1, 24 * 256);
        details.setColumnWidth(2, 24 * 256);
        details.setColumnWidth(sumColumn, 12 * 256);
        int r = 1;
        for (IdSheet.Line line : lines) {
            if (line.sum()) {
                continue; // a total: the form's own SUM formula on its table sheet
            }
            cells.text(r, 0, form.cell(line.id()).map(CellDefinition::describe).orElse(""), styles.label);
            cells.text(r, 1, line.id(), styles.label);
            cells.text(r, 2, line.sheet() + "!" + line.ref(), styles.label);
            for (int d = 0; d < departments.size(); d++) {
                Cell c = departments.get(d).cells().get(line.id());
                XSSFCell target = cells.cellAt(r, first + d);
                target.setCellStyle(styles.border);
                if (c != null && c.state() == CellState.NUMBER) {
                    target.setCellValue(c.value().doubleValue());
                }
            }
            String from = new CellReference(r, first).formatAsString(false);
            String to = new CellReference(r, sumColumn - 1).formatAsString(false);
            XSSFCell total = cells.cellAt(r, sumColumn);
            total.setCellStyle(styles.formula);
            if (departments.isEmpty()) {
                total.setBlank();
            } else {
                total.setCellFormula("IF(COUNT(" + from + ":" + to + ")=0,\"\",SUM(" + from + ":" + to + "))");
            }
            XSSFSheet table = wb.getSheet(line.sheet());
            org.apache.poi.ss.util.CellAddress a = new org.apache.poi.ss.util.CellAddress(line.ref());
            XSSFRow row = table.getRow(a.getRow());
            XSSFCell region = row.getCell(a.getColumn()) == null ? row.createCell(a.getColumn()) : row.getCell(a.getColumn());
            region.setCellFormula("'" + DETAILS + "'!" + new CellReference(r, sumColumn).formatAsString(false));
            region.setCellStyle(styles.formula);
            r++;
        }
        details.createFreezePane(first, 1);
        PrintSetup.onePageWideOnA4(details).landscape(true).repeatingRows(0, 0);
        XSSFSheet notes = wb.createSheet(NOTES);
        SheetCells n = new SheetCells(notes);
        notes.setColumnWidth(0, 100 * 256);
        int k = 0;
        n.text(k++, 0, "汇总的单位（" + names.size() + "）", styles.caption);
        for (String name : names) {
            n.text(k++, 0, name, styles.plain);
        }
        k++;
        n.text(k++, 0, "未汇总或需核对的报告（" + refused.size() + "）", styles.caption);
        for (String line : refused) {
            n.text(k++, 0, line, styles.plain);
        }
        if (refused.isEmpty()) {
            n.text(k, 0, "无", styles.plain);
        }
        // the id sheet stays last and hidden; the details follow the tables
        wb.setSheetOrder(DETAILS, wb.getSheetIndex(IdSheet.NAME));
        wb.setSheetOrder(NOTES, wb.getSheetIndex(IdSheet.NAME));
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return wb;
    }
}
