package io.github.disclosurereport;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.write.OutputFiles;
import io.github.disclosurereport.write.xlsx.BatchSummaryWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a {@link BatchValidator} found in a batch of reports: each report's findings with its organization, year and
 * format, the files that could not be read and why, which reports were joined with their statistics attachment or
 * compared with last year's report — and from these, reports of one organization and year given twice and
 * organizations missing a year others have. Holds findings, never the reports. Immutable.
 */
public final class BatchResult {

    /**
     * One report of the batch and its findings.
     *
     * @param file         the report's file (for a report with its statistics attachment apart, the narrative)
     * @param attachment   its statistics attachment read with it, or null
     * @param pairedBy     how the attachment was matched to it, in words (单位和年度相同, 文件名对应,
     *                     同一文件夹中仅有的报告和统计表); empty without one
     * @param previous     the same organization's report of the year before it was compared with (rules A5, A6,
     *                     D3), or null
     * @param organization the organ, spaces removed; empty when the report does not say
     * @param year         the report year, or null
     * @param format       the format of its tables
     * @param findings     what the validator found, in document order
     */
    public record Entry(Path file, Path attachment, String pairedBy, Path previous, String organization,
                        Integer year, ReportFormat format, List<Finding> findings) {

        /**
         * Keeps an unmodifiable copy of the findings; a missing pairing becomes empty.
         *
         * @param file         the report's file
         * @param attachment   its attachment, or null
         * @param pairedBy     how the attachment was matched, or null
         * @param previous     last year's report, or null
         * @param organization the organ
         * @param year         the year, or null
         * @param format       the format
         * @param findings     the findings
         */
        public Entry {
            pairedBy = pairedBy == null ? "" : pairedBy;
            organization = organization == null ? "" : organization;
            findings = List.copyOf(findings);
        }

        /** {@return the number of ERROR findings} */
        public int errors() {
            return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }

        /** {@return the number of WARNING findings} */
        public int warnings() {
            return (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        }

        /** {@return the first ERROR finding in document order, if any} */
        public Optional<Finding> firstError() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
        }
    }

    /**
     * A file of the batch that could not be read as a report.
     *
     * @param file    the file
     * @param reason  the reader's reason, or null for a failure that is no refusal of the reader (an I/O error)
     * @param message one line saying why, as the single-file commands say it (without the file's name)
     */
    public record Unreadable(Path file, ReportReadException.Reason reason, String message) {

        /**
         * Why a file could not be read, in the one wording the batch lists it with and the command line prints: a
         * refusal's own line ({@link ReportReadException#getMessage()}); a missing file, a denied permission or
         * another I/O failure; memory run out; else a fault of this library, to be reported.
         *
         * @param failure what reading the file threw
         * @return one line, Chinese then English
         */
        public static String why(Throwable failure) {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : failure.getMessage().lines().findFirst().orElse("");
            if (failure instanceof ReportReadException) {
                return failure.getMessage();
            }
            if (failure instanceof java.nio.file.NoSuchFileException) {
                return "文件或目录不存在 / no such file or directory: " + detail;
            }
            if (failure instanceof java.nio.file.AccessDeniedException) {
                return "没有权限 / permission denied: " + detail;
            }
            if (failure instanceof java.io.IOException) {
                return "读写错误 / I/O error: " + detail;
            }
            if (failure instanceof OutOfMemoryError) {
                return "内存不足，文件可能过大 / out of memory: the file may be too large";
            }
            return "内部错误，请报告 / internal error (please report it): " + failure.getClass().getSimpleName() + ": "
                    + detail;
        }
    }

    private final List<Entry> entries;
    private final List<Unreadable> unreadable;

    BatchResult(List<Entry> entries, List<Unreadable> unreadable) {
        this.entries = List.copyOf(entries);
        this.unreadable = List.copyOf(unreadable);
    }

    /** {@return every report read, in the order of its files} */
    public List<Entry> entries() {
        return entries;
    }

    /** {@return every file that could not be read, in batch order} */
    public List<Unreadable> unreadable() {
        return unreadable;
    }

    /**
     * The same result with every file named relative to a folder, as its summary should name them when the batch
     * was read from a working copy (the web page's uploads in a temporary folder) rather than where the user keeps
     * the files.
     *
     * @param folder the folder the files were read from
     * @return a result whose files, attachments and last years' reports are named relative to it (files outside it
     *         keep their names)
     */
    public BatchResult relativeTo(Path folder) {
        java.util.function.UnaryOperator<Path> rel = p -> p == null || !p.startsWith(folder) ? p : folder.relativize(p);
        List<Entry> named = entries.stream().map(e -> new Entry(rel.apply(e.file()), rel.apply(e.attachment()),
                e.pairedBy(), rel.apply(e.previous()), e.organization(), e.year(), e.format(), e.findings())).toList();
        List<Unreadable> bad = unreadable.stream()
                .map(u -> new Unreadable(rel.apply(u.file()), u.reason(), u.message())).toList();
        return new BatchResult(named, bad);
    }

    /** {@return whether any report has an ERROR finding} */
    public boolean hasErrors() {
        return entries.stream().anyMatch(e -> e.errors() > 0);
    }

    /**
     * Reports of the same organization and year given more than once (a resubmission next to the first version, a
     * copy in two folders).
     *
     * @return each group of two or more, in batch order
     */
    public List<List<Entry>> duplicates() {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.organization().isEmpty() && e.year() != null) {
                groups.computeIfAbsent(e.organization() + "|" + e.year(), k -> new ArrayList<>()).add(e);
            }
        }
        return groups.values().stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
    }

    /**
     * Organizations that lack a year most others of the batch have (who has not submitted): a year counts as
     * expected when at least half of the batch's organizations, and at least two, have a report of it — so a
     * folder mixing unrelated organs and years lists nothing.
     *
     * @return organization → the expected years it lacks, ascending; organizations lacking none are absent
     */
    public Map<String, List<Integer>> missingYears() {
        Map<String, TreeSet<Integer>> byOrganization = new TreeMap<>();
        for (Entry e : entries) {
            if (!e.organization().isEmpty() && e.year() != null) {
                byOrganization.computeIfAbsent(e.organization(), k -> new TreeSet<>()).add(e.year());
            }
        }
        Map<Integer, Integer> holders = new TreeMap<>();
        byOrganization.values().forEach(years -> years.forEach(y -> holders.merge(y, 1, Integer::sum)));
        int needed = Math.max(2, (byOrganization.size() + 1) / 2);
        List<Integer> expected = holders.entrySet().stream().filter(h -> h.getValue() >= needed)
                .map(Map.Entry::getKey).toList();
        Map<String, List<Integer>> out = new TreeMap<>();
        byOrganization.forEach((organization, years) -> {
            List<Integer> lacking = expected.stream().filter(y -> !years.contains(y)).toList();
            if (!lacking.isEmpty()) {
                out.put(organization, lacking);
            }
        });
        return out;
    }

    /**
     * Writes the summary workbook (汇总.xlsx) to a stream (not closed): a 报告汇总 sheet with one row per report
     * (file, organization, year, format, ERROR and WARNING counts, the first error in words, its attachment and
     * last year's report, a link to its findings), 问题明细 with every finding, its file and place, 无法读取 with
     * each unreadable file and why, and 重复与缺报 with duplicates and missing years.
     *
     * @param out where the .xlsx bytes go
     * @throws IOException when the stream fails
     */
    public void writeSummary(OutputStream out) throws IOException {
        List<BatchSummaryWorkbook.ReportRow> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(new BatchSummaryWorkbook.ReportRow(e.file().toString(), e.organization(), e.year(),
                    e.format().displayName(), e.findings(),
                    e.attachment() == null ? "" : e.attachment() + "（" + e.pairedBy() + "）",
                    e.previous() == null ? "" : e.previous().toString()));
        }
        List<BatchSummaryWorkbook.UnreadableRow> bad = unreadable.stream()
                .map(u -> new BatchSummaryWorkbook.UnreadableRow(u.file().toString(), u.message())).toList();
        List<BatchSummaryWorkbook.DuplicateRow> twice = duplicates().stream()
                .map(g -> new BatchSummaryWorkbook.DuplicateRow(g.get(0).organization(), g.get(0).year(),
                        g.stream().map(e -> e.file().toString()).toList())).toList();
        List<BatchSummaryWorkbook.MissingRow> missing = new ArrayList<>();
        Map<String, List<Integer>> lacking = missingYears();
        for (Map.Entry<String, List<Integer>> m : lacking.entrySet()) {
            List<Integer> present = entries.stream().filter(e -> e.organization().equals(m.getKey()) && e.year() != null)
                    .map(Entry::year).distinct().sorted().toList();
            missing.add(new BatchSummaryWorkbook.MissingRow(m.getKey(), m.getValue(), present));
        }
        BatchSummaryWorkbook.write(rows, bad, twice, missing, out);
    }

    /**
     * Writes the summary workbook to a file through a temporary file moved into place; an existing file is
     * replaced.
     *
     * @param target the .xlsx to write
     * @throws IOException when the file cannot be written
     */
    public void writeSummary(Path target) throws IOException {
        OutputFiles.write(target, this::writeSummary);
    }
}
