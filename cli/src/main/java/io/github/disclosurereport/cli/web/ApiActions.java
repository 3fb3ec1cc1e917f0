package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportConverter;
import io.github.disclosurereport.TemplateFiller;
import io.github.disclosurereport.cli.OutputOptions;
import io.github.disclosurereport.cli.PreviousRefusal;
import io.github.disclosurereport.cli.ValidationJson;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpStatus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The work of each API call, done through the library exactly as the CLI's commands do it (the same root, the same
 * reader, validator and writers, the same JSON writer for findings), on the uploaded bytes and into memory.
 */
public final class ApiActions {

    /** Numbers stay decimals: a figure such as 14722.49 is read back as written, never through a double. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final DisclosureReports root;

    /**
     * @param root the configured root (national forms, or a provincial variant given to {@code serve --form})
     */
    public ApiActions(DisclosureReports root) {
        this.root = root;
    }

    /**
     * {@code POST /api/validate}: what {@code validate --json} prints for the file.
     *
     * @param in {@code file}, optionally {@code previous} (last year's report) and {@code statistics}
     * @return the findings JSON
     * @throws WebInputException when the report is missing
     * @throws IOException       when a file cannot be read as a report
     */
    public Answer validate(Uploads in) throws WebInputException, IOException {
        return Answer.json(HttpStatus.OK_200, ValidationJson.text(root, checked(in).result()) + "\n");
    }

    /**
     * {@code POST /api/report}: what the page shows — the report as {@code parse --json} prints it, the findings as
     * {@code validate --json} prints them, and the view of its text and tables.
     *
     * @param in {@code file}, optionally {@code previous} and {@code statistics}
     * @return {@code {"file", "report", "validation", "view"}}
     * @throws WebInputException when the report is missing
     * @throws IOException       when a file cannot be read as a report
     */
    public Answer report(Uploads in) throws WebInputException, IOException {
        Checked checked = checked(in);
        Report report = checked.report();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("file", in.required("file", "报告").fileName());
        answer.set("report", TREES.readTree(root.toJson(report)));
        answer.set("validation", TREES.readTree(root.toJson(checked.result())));
        answer.set("view", ReportView.of(report, report.form(root.forms())));
        return Answer.json(HttpStatus.OK_200, ValidationJson.write(answer) + "\n");
    }

    /**
     * {@code POST /api/convert}: the report written as a 2021-format .docx, as {@code convert} writes it.
     *
     * @param in {@code file}
     * @return the .docx; header {@code X-Conversion-Notes}: how many C1/C2 notes the conversion made
     * @throws WebInputException when the report is missing
     * @throws IOException       when the file cannot be read or written
     */
    public Answer convert(Uploads in) throws WebInputException, IOException {
        Uploads.Upload file = in.required("file", "报告");
        ReportConverter.Conversion conversion = root.converter().toCurrent(readReport(in));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        root.docxWriter().write(conversion.report(), out);
        return Answer.file(Answer.DOCX, out.toByteArray(),
                DownloadName.of(file.fileName(), "-2021格式", "-2021", ".docx"),
                Map.of("X-Conversion-Notes", Integer.toString(conversion.notes().size())));
    }

    /**
     * {@code POST /api/correct}: the same .docx with only the certain corrections, as {@code correct} writes it.
     *
     * @param in {@code file} (a .docx)
     * @return the corrected .docx (a workbook: of its own type); header {@code X-Corrections}: how many cells were
     *         changed. Nothing to correct: JSON {@code {"corrections": 0, "message": …}} and no file, as
     *         {@code correct} writes none
     * @throws WebInputException when the report is missing
     * @throws IOException       when the file cannot be read or written
     */
    public Answer correct(Uploads in) throws WebInputException, IOException {
        Uploads.Upload file = in.required("file", "报告");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Correction> changes = root.corrector().correct(new ByteArrayInputStream(file.content()),
                file.fileName(), out);
        if (changes.isEmpty() || out.size() == 0) {
            // as correct does: nothing to correct is said, and no file is made
            return Answer.json(HttpStatus.OK_200, "{\"corrections\":0,\"message\":\"无需更正，未生成文件 / nothing to correct, "
                    + "no file written\"}\n");
        }
        String ext = "." + OutputOptions.sameKindAs(file.fileName());
        return Answer.file(Answer.typeOf(ext), out.toByteArray(),
                DownloadName.of(file.fileName(), "-更正后", "-corrected", ext),
                Map.of("X-Corrections", Integer.toString(changes.size())));
    }

    /**
     * {@code POST /api/export}: the tables as .xlsx with the findings sheet, as {@code export} writes it.
     *
     * @param in {@code file}, optionally {@code previous} and {@code statistics}
     * @return the .xlsx
     * @throws WebInputException when the report is missing
     * @throws IOException       when the file cannot be read or written
     */
    public Answer export(Uploads in) throws WebInputException, IOException {
        Uploads.Upload file = in.required("file", "报告");
        Checked checked = checked(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        root.xlsxExporter().write(checked.report(), checked.result().findings(), out);
        return Answer.file(Answer.XLSX, out.toByteArray(),
                DownloadName.of(file.fileName(), "-表格", "-tables", ".xlsx"), Map.of());
    }

    /**
     * {@code POST /api/fill}: the template filled from the report, as {@code fill} writes it.
     *
     * @param in {@code template} (a .docx) and {@code file} (the report)
     * @return the filled template, of the template's type (.docx, .xlsx, .xls); header {@code X-Filled-Cells}: how many table cells were filled
     * @throws WebInputException when the template or the report is missing
     * @throws IOException       when a file cannot be read or written
     */
    public Answer fill(Uploads in) throws WebInputException, IOException {
        Uploads.Upload template = in.required("template", "模板");
        Report report = readReport(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateFiller.Result r = root.templateFiller().fill(new ByteArrayInputStream(template.content()),
                template.fileName(), report, out);
        String ext = "." + OutputOptions.sameKindAs(template.fileName());
        return Answer.file(Answer.typeOf(ext), out.toByteArray(),
                DownloadName.of(template.fileName(), "-已填写", "-filled", ext),
                Map.of("X-Filled-Cells", Integer.toString(r.filledCells().size())));
    }

    // POST /api/summary — the summary workbook for several reports (issue 14's batch validation) — belongs here,
    // answering the batch command's workbook for the uploaded files once that writer exists; WebHandler routes
    // /api/* to the methods of this class, and the page's 汇总 button would post every report to it.

    /**
     * The request's report. A report and its separately saved 统计表 become one report through the reader's join
     * of report and attachment, as {@code --statistics} joins them.
     */
    private Report readReport(Uploads in) throws WebInputException, ReportReadException {
        Uploads.Upload file = in.required("file", "报告");
        Report report = read(file);
        java.util.Optional<Uploads.Upload> statistics = in.get("statistics");
        return statistics.isPresent() ? root.reader().join(report, read(statistics.get())) : report;
    }

    private Report read(Uploads.Upload u) throws ReportReadException {
        return root.reader().read(new ByteArrayInputStream(u.content()), u.fileName());
    }

    /** A report and its findings. */
    private record Checked(Report report, ValidationResult result) {
    }

    /** Read as {@code validate} reads: last year's report first, then the report; then validated. */
    private Checked checked(Uploads in) throws WebInputException, ReportReadException {
        in.required("file", "报告");
        Report previous = in.get("previous").isPresent() ? read(in.get("previous").get()) : null;
        Report report = readReport(in);
        ValidationResult result = root.validator().withPrevious(previous).validate(report);
        if (previous != null) {
            java.util.Optional<String> refused = PreviousRefusal.line(result, in.get("previous").get().fileName(),
                    in.required("file", "报告").fileName());
            if (refused.isPresent()) {
                throw new WebInputException(HttpStatus.BAD_REQUEST_400, refused.get());
            }
        }
        return new Checked(report, result);
    }
}
