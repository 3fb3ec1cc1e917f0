package io.github.disclosurereport.cli.web;

/**
 * How much one request to the web page may upload: far above a real report (a few MB), far below what would let
 * one request fill the memory of a clerk's PC. The reader's own limits ({@code ReadLimits}) apply on top.
 *
 * @param maxFileBytes    largest single uploaded file
 * @param maxFiles        most files in one request (report, statistics, last year's report, template)
 * @param maxRequestBytes largest request body in all
 * @param maxConcurrent   most requests worked on at once (each holds its files and a document in memory)
 * @param maxSummaryFiles most reports in one summary request ({@code /api/summary}: a county's departments, their
 *                        statistics tables and last year's reports); the request's size limit holds all the same
 */
public record WebLimits(long maxFileBytes, int maxFiles, long maxRequestBytes, int maxConcurrent,
                        int maxSummaryFiles) {

    /** 32 MB a file, 4 files, 80 MB a request, 2 at a time; 200 files for a summary. */
    public static final WebLimits DEFAULT = new WebLimits(32L << 20, 4, 80L << 20, 2, 200);

    /** Requires positive limits. */
    public WebLimits {
        if (maxFileBytes <= 0 || maxFiles <= 0 || maxRequestBytes <= 0 || maxConcurrent <= 0 || maxSummaryFiles <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
