package io.github.disclosurereport.batch;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;

import java.nio.file.Path;

/**
 * What a batch keeps of one readable file to decide what belongs together: who and which year, and whether it has
 * a narrative and tables — not the report itself.
 *
 * @param file         the file
 * @param organization the organ's name, spaces removed; empty when the file does not say
 * @param year         the report year, or null
 * @param format       the format of its tables
 * @param narrative    whether it has sections of text (a report rather than a statistics sheet alone)
 * @param tables       whether it has table cells
 */
public record Scanned(Path file, String organization, Integer year, ReportFormat format, boolean narrative,
                      boolean tables) {

    /**
     * The facts of a report read from a file.
     *
     * @param file   the file it was read from
     * @param report what was read
     * @return its facts
     */
    public static Scanned of(Path file, Report report) {
        return new Scanned(file, organization(report.metadata().organization()), report.metadata().year(),
                report.format(), !report.sections().isEmpty(), !report.cells().isEmpty());
    }

    /** An organ's name as batches compare it: without any white space (full-width included). */
    public static String organization(String name) {
        return name.replaceAll("[\\s\\u3000]+", "");
    }

    /** A statistics sheet alone: tables and no narrative. */
    boolean attachmentOnly() {
        return tables && !narrative;
    }

    /** A narrative whose tables are elsewhere: text and no table cells. */
    boolean narrativeOnly() {
        return narrative && !tables;
    }
}
