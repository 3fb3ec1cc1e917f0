package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.write.TableLayout;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the workbook of one report: a sheet per table of the report's form in its printed {@link TableLayout}
 * (derived from the {@link FormDefinition}, the same layout the .docx writer prints), plus 报告信息, optional 校验结果 and the
 * hidden id sheet. Each part is drawn by its own class of this package; this one puts them in order.
 */
public final class WorkbookBuilder {

    private final Report report;
    private final FormDefinition form;

    /** Lays the report out in the form it was read with, else in {@code forms}' form of its format. */
    public WorkbookBuilder(Report report, FormSet forms) {
        this.report = report;
        this.form = report.form(forms);
    }

    /** The workbook; {@code findings} may be null (no 校验结果 sheet). */
    public XSSFWorkbook build(List<Finding> findings) {
        XSSFWorkbook wb = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(wb);
        Map<String, List<String>> derived = DerivedCells.of(form);
        XSSFSheet info = wb.createSheet(IdSheet.INFO_SHEET); // the first tab
        Map<String, Placed> placed = new LinkedHashMap<>();
        String filer = filerLine(report.metadata());
        for (FormTable table : form.tables()) {
            String name = TableNames.sheetName(table);
            // two captions of one form that shorten alike must not end the export; the code tells them apart
            XSSFSheet sheet = wb.createSheet(wb.getSheet(name) == null ? name : name + " " + table.code());
            placed.putAll(new TableSheetPainter(sheet, form, table, styles).paint(filer));
        }
        var kept = new ValueWriter(report, derived, placed, styles).write(wb);
        TotalsNotes.add(wb, report, derived, placed.values(), kept);
        InfoSheet.write(info, report, styles);
        if (findings != null) {
            FindingsSheet.write(wb.createSheet(FindingsSheet.NAME), findings, placed, styles);
        }
        IdSheetWriter.write(wb.createSheet(IdSheet.NAME), report, form.name(), derived, placed.values());
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            // Locked without a password: a user who means to change labels or formulas can unprotect knowingly.
            s.enableLocking();
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
        }
        wb.setActiveSheet(form.tables().isEmpty() ? 0 : 1);
        wb.setSelectedTab(form.tables().isEmpty() ? 0 : 1);
        return wb;
    }

    /** The line under each table's title: who reports for which year. */
    private static String filerLine(Metadata m) {
        String who = m.organization().isEmpty() ? "" : "填报单位：" + m.organization();
        String year = m.year() == null ? "" : "报告年度：" + m.year() + "年";
        return (who + "　　" + year).strip();
    }
}
