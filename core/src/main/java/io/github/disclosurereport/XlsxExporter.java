package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.xlsx.WorkbookBuilder;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report as an .xlsx workbook in the official printed layout of its form: one sheet per table with live
 * SUM formulas for totals, input cells open for editing (validated), everything else protected without a
 * password; a 报告信息 sheet with the metadata; optionally a 校验结果 sheet; and a hidden id sheet from which
 * the reader ({@link ReportReader}) reads the report back exactly.
 *
 * <p>Totals that disagree with their parts: the workbook shows the sum (the formula) and keeps the report's printed
 * value in a note on the cell; the validator's finding says which. Reading the workbook back returns the printed
 * value as long as the parts are unchanged, so export and read-back lose nothing.
 */
public final class XlsxExporter {

    private final FormSet forms;

    XlsxExporter(FormSet forms) {
        this.forms = forms;
    }

    /**
     * Writes the workbook to a stream (not closed), laid out in the form the report was read with.
     *
     * @param report   the report
     * @param findings the 校验结果 sheet's rows; null for no such sheet
     * @param out      where the .xlsx bytes go
     * @throws IOException when the stream fails
     */
    public void write(Report report, List<Finding> findings, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new WorkbookBuilder(report, forms).build(findings)) {
            wb.write(out);
        }
    }

    /**
     * Writes the workbook to a file through a temporary file moved into place, so the target never holds a
     * partial workbook; an existing file is replaced.
     *
     * @param report   the report
     * @param findings the 校验结果 sheet's rows; null for no such sheet
     * @param target   the .xlsx to write
     * @throws IOException when the file cannot be written
     */
    public void export(Report report, List<Finding> findings, Path target) throws IOException {
        OutputFiles.write(target, out -> write(report, findings, out));
    }
}
