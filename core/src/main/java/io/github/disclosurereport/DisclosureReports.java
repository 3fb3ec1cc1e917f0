package io.github.disclosurereport;

import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import io.github.disclosurereport.validate.ValidationResult;

import java.nio.file.Path;

/**
 * The entry point. {@code Report r = DisclosureReports.read(Path.of("报告.docx"));}
 *
 * <p>For repeated use or non-default settings take the configured objects ({@link #reader()}); they are
 * immutable and thread-safe.
 */
public final class DisclosureReports {

    private DisclosureReports() {
    }

    /** Reads a .docx, .doc, .xlsx or .xls report with the default reader. */
    public static Report read(Path path) throws ReportReadException {
        return ReportReader.defaults().read(path);
    }

    /** Checks a report against every rule of the official format (rules.md) with the standard validator. */
    public static ValidationResult validate(Report report) {
        return Validator.standard().validate(report);
    }

    /** The standard validator, to configure (add or switch off rules, give last year's report). */
    public static Validator validator() {
        return Validator.standard();
    }

    /** The default reader. */
    public static ReportReader reader() {
        return ReportReader.defaults();
    }
}
