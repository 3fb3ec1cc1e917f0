package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.BatchResult;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * {@code POST /api/summary}: the summary workbook {@code validate --summary} writes for the uploaded reports —
     * one row per report, every finding, the files that could not be read, duplicates and missing years — with
     * statistics tables and last years' reports among them matched as in a folder. The batch reader reads files:
     * the uploads are written to a temporary folder of this user's only, deleted before the answer, and the
     * workbook names them by their upload names.
     *
     * @param in {@code reports}, as many as the limits allow
     * @return the .xlsx; headers {@code X-Reports} (reports read), {@code X-Reports-With-Errors},
     *         {@code X-Unreadable} (files that could not be read)
     * @throws WebInputException when no report was uploaded, or none could be read (no workbook, as
     *                           {@code validate --summary} writes none)
     * @throws IOException       when the temporary folder cannot be written
     */
    public Answer summary(Uploads in) throws WebInputException, IOException {
        List<Uploads.Upload> uploads = in.many();
        if (uploads.isEmpty()) {
            throw new WebInputException(HttpStatus.BAD_REQUEST_400, "请上传要汇总的报告（表单字段 reports，可多个） / "
                    + "missing the reports in form field 'reports' (one or more)");
        }
        Path folder = Files.createTempDirectory("disclosure-report-summary-"); // owner-only, as the JDK makes it
        BatchResult result;
        try {
            List<Path> files = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (Uploads.Upload u : uploads) {
                files.add(writeUpload(folder, u, taken));
            }
            files.sort(null); // in name order, as a folder's files are read: the same rows as validate --summary
            result = root.batchValidator().validate(files).relativeTo(folder);
        } finally {
            deleteQuietly(folder);
        }
        if (result.entries().isEmpty()) {
            BatchResult.Unreadable first = result.unreadable().get(0);
            throw new WebInputException(HttpStatus.BAD_REQUEST_400, "没有读出任何报告，未生成汇总（" + result.unreadable().size()
                    + " 个文件无法读取，如 " + first.file() + "：" + first.message() + "） / no report could be read, "
                    + "no summary made");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.writeSummary(out);
        long withErrors = result.entries().stream().filter(e -> e.errors() > 0).count();
        return Answer.file(Answer.XLSX, out.toByteArray(), DownloadName.of("校验汇总", "", "-summary", ".xlsx"),
                Map.of("X-Reports", Integer.toString(result.entries().size()),
                        "X-Reports-With-Errors", Long.toString(withErrors),
                        "X-Unreadable", Integer.toString(result.unreadable().size())));
    }

    /**
     * An upload written under its own name (pairing a report with its 统计表 goes by names), a second one of the
     * same name as 名称 (2); a name this computer's file system refuses (CON.docx on Windows) as 上传的文件N.
     */
    private static Path writeUpload(Path folder, Uploads.Upload u, Set<String> taken) throws IOException {
        String name = u.fileName();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = stem + " (" + n + ")" + extension;
        }
        try {
            return Files.write(folder.resolve(name), u.content(), StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.InvalidPathException | java.nio.file.FileSystemException e) {
            String safe = "上传的文件" + taken.size() + extension.replaceAll("[^.A-Za-z0-9]", "");
            taken.add(safe.toLowerCase(java.util.Locale.ROOT));
            return Files.write(folder.resolve(safe), u.content(), StandardOpenOption.CREATE_NEW);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // the temporary folder is the system's to clear; the answer does not depend on it
        }
    }

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
