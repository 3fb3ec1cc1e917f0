package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.exported.ReportJson;
import io.github.disclosurereport.validate.ValidationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The configured root: forms and limits are set once here, and every working object — reader, validator,
 * converter, writers, filler, corrector — comes from it already configured. Immutable and thread-safe, like
 * Jackson's {@code ObjectMapper}: build one, share it.
 *
 * <pre>{@code
 * DisclosureReports dr = DisclosureReports.defaults().withForms(FormSet.standard().withForm(hubei));
 * Report r = dr.reader().read(Path.of("报告.docx"));
 * ValidationResult v = dr.validator().validate(r);
 * dr.docxWriter().write(dr.converter().toCurrent(r).report(), Path.of("2021格式.docx"));
 * }</pre>
 *
 * <p>For one-off use the static doors {@link #read(Path)} and {@link #validate(Report)} use the defaults.
 */
public final class DisclosureReports {

    private static final DisclosureReports DEFAULTS = new DisclosureReports(FormSet.standard(), ReadLimits.DEFAULT);

    private final FormSet forms;
    private final ReadLimits limits;
    private final ReportReader reader;
    private final Validator validator;
    private final ReportConverter converter;

    private DisclosureReports(FormSet forms, ReadLimits limits) {
        this.forms = forms;
        this.limits = limits;
        this.reader = new ReportReader(limits, forms);
        this.validator = Validator.standard(forms);
        this.converter = new ReportConverter(forms);
    }

    /**
     * The national forms and the default safety limits.
     *
     * @return the default root
     */
    public static DisclosureReports defaults() {
        return DEFAULTS;
    }

    /**
     * A root like this one that reads, checks and writes with these forms, e.g.
     * {@code FormSet.standard().withForm(Forms.variant("hubei-trial-2019"))} (this root is unchanged).
     *
     * @param forms the form of each report format
     * @return the new root
     */
    public DisclosureReports withForms(FormSet forms) {
        return new DisclosureReports(Objects.requireNonNull(forms, "forms"), limits);
    }

    /**
     * A root like this one that refuses files by these limits (this root is unchanged).
     *
     * @param limits e.g. {@code ReadLimits.DEFAULT.withMaxFileBytes(128L << 20)}
     * @return the new root
     */
    public DisclosureReports withLimits(ReadLimits limits) {
        return new DisclosureReports(forms, Objects.requireNonNull(limits, "limits"));
    }

    /** {@return the forms this root is configured with: each report format's form to read, check and write with} */
    public FormSet forms() {
        return forms;
    }

    /** {@return the safety limits every reader, filler and corrector of this root reads files with} */
    public ReadLimits limits() {
        return limits;
    }

    /** {@return the reader of report files, with this root's forms and limits} */
    public ReportReader reader() {
        return reader;
    }

    /** {@return the standard validator (every rule of rules.md), with this root's forms} */
    public Validator validator() {
        return validator;
    }

    /** {@return the converter of older reports to the 2021 format, into this root's 2021 form} */
    public ReportConverter converter() {
        return converter;
    }

    /**
     * {@return the validator of whole folders of reports, on all cores, with this root's reader and validator} It
     * joins reports with their statistics attachments and last year's reports found in the batch.
     */
    public BatchValidator batchValidator() {
        return new BatchValidator(reader, validator, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return the summer of departments' reports into a region's table (汇总), with this root's forms} It leaves out
     * reports of another year or format and, unless asked, reports with ERRORs.
     */
    public ReportAggregator aggregator() {
        return new ReportAggregator(forms, validator, converter);
    }

    /** {@return the writer of 2021-format reports as new .docx documents in the official layout} */
    public CurrentFormatDocxWriter docxWriter() {
        return new CurrentFormatDocxWriter(forms);
    }

    /** {@return the exporter of a report's tables as an .xlsx workbook with live formulas} */
    public XlsxExporter xlsxExporter() {
        return new XlsxExporter(forms);
    }

    /** {@return the filler of .docx templates, reading templates with this root's forms and limits} */
    public TemplateFiller templateFiller() {
        return new TemplateFiller(limits, forms, converter);
    }

    /** {@return the corrector of .docx reports, reading them with this root's forms and limits} */
    public ReportCorrector corrector() {
        return new ReportCorrector(limits, forms);
    }

    /**
     * The report as this library's JSON (what {@code parse --json} prints; the reader reads it back).
     *
     * @param report the report
     * @return indented JSON text
     */
    public String toJson(Report report) {
        return ReportJson.write(ReportJson.toJson(report));
    }

    /**
     * The findings as JSON, what {@code validate --json} prints for one report: {@code errors}, {@code warnings} and
     * {@code findings}, each with {@code rule}, {@code severity}, {@code message}, {@code cells} (cell ids),
     * {@code location} (its kind, numbers and {@code text} in words), {@code expected} and {@code actual} (numbers
     * or null).
     *
     * @param result the validator's findings
     * @return indented JSON text
     */
    public String toJson(ValidationResult result) {
        return ReportJson.write(ReportJson.toJson(result));
    }

    /**
     * Writes the report as JSON (UTF-8) to a stream (not closed).
     *
     * @param report the report
     * @param out    where the JSON goes
     * @throws IOException when the stream fails
     */
    public void writeJson(Report report, OutputStream out) throws IOException {
        out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a report file with the defaults: {@code defaults().reader().read(path)}.
     *
     * @param path a .docx, .doc, .xlsx, .xls or JSON report
     * @return the report
     * @throws ReportReadException with one line when the file cannot be read as a report
     */
    public static Report read(Path path) throws ReportReadException {
        return DEFAULTS.reader.read(path);
    }

    /**
     * Checks a report against every rule of its format: {@code defaults().validator().validate(report)}.
     *
     * @param report the report
     * @return the findings
     */
    public static ValidationResult validate(Report report) {
        return DEFAULTS.validator.validate(report);
    }
}
