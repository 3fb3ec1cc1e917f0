package io.github.disclosurereport;

import io.github.disclosurereport.write.OutputExistsException;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.xlsx.WorkbookBuilder;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.read.exported.ExportedWorkbookReader;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report as an .xlsx workbook in the official printed layout of its form: one sheet per table with live
 * SUM formulas for totals, input cells open for editing (validated), everything else protected without a
 * password; a 报告信息 sheet with the metadata; optionally a 校验结果 sheet; and a hidden id sheet from which
 * {@link ExportedWorkbookReader} reads the report back exactly.
 *
 * <p>Totals that disagree with their parts: the workbook shows the sum (the formula) and keeps the report's printed
 * value in a note on the cell; the validator's finding says which. Reading the workbook back returns the printed
 * value as long as the parts are unchanged, so export and read-back lose nothing.
 */
public final class XlsxExporter {

    private XlsxExporter() {
    }

    /** The workbook, for callers that stream it elsewhere. {@code findings} may be null (no 校验结果 sheet). */
    public static XSSFWorkbook toWorkbook(Report report, List<Finding> findings) {
        return new WorkbookBuilder(report, FormSet.standard()).build(findings);
    }

    /**
     * The workbook laid out in the form {@code forms} gives for the report (the form the report names, e.g. a
     * variant it was read with, when the set can supply it; else the set's form of its format).
     */
    public static XSSFWorkbook toWorkbook(Report report, List<Finding> findings, FormSet forms) {
        return new WorkbookBuilder(report, forms).build(findings);
    }

    /** {@link #write(Report, List, OutputStream)} with the forms of {@link #toWorkbook(Report, List, FormSet)}. */
    public static void write(Report report, List<Finding> findings, OutputStream out, FormSet forms)
            throws IOException {
        try (XSSFWorkbook wb = toWorkbook(report, findings, forms)) {
            wb.write(out);
        }
    }

    public static void write(Report report, List<Finding> findings, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = toWorkbook(report, findings)) {
            wb.write(out);
        }
    }

    /**
     * Writes to {@code target} through a temporary file in the same directory moved into place, so the target
     * never holds a partial workbook and nothing is left behind on failure.
     *
     * @param findings may be null: no 校验结果 sheet
     * @param force    replace an existing file; without it an existing target is left alone
     * @throws OutputExistsException when the target exists and {@code force} is false, or is an input
     */
    public static void export(Report report, List<Finding> findings, Path target, boolean force, Path... inputs)
            throws IOException {
        export(report, findings, target, force, FormSet.standard(), inputs);
    }

    /** {@link #export(Report, List, Path, boolean, Path...)} laid out in the form {@code forms} gives. */
    public static void export(Report report, List<Finding> findings, Path target, boolean force, FormSet forms,
                              Path... inputs) throws IOException {
        OutputFiles.write(target, force, out -> write(report, findings, out, forms), inputs);
    }
}
