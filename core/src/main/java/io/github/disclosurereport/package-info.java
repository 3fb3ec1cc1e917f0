/**
 * Reading, validating and writing government information disclosure annual reports (政府信息公开工作年度报告): the
 * configured root and the working objects it hands out.
 *
 * <p>Start at {@link io.github.disclosurereport.DisclosureReports}. Configure it once with the forms to use
 * ({@link io.github.disclosurereport.form.FormSet}) and the safety limits to read with
 * ({@link io.github.disclosurereport.read.ReadLimits}), then take from it what the job needs:
 * <ul>
 * <li>{@link ReportReader}: a .docx, .doc, .xlsx, .xls or saved report into a
 * {@link io.github.disclosurereport.model.Report};</li>
 * <li>{@link Validator}: a report checked against the official rules, giving findings with their places;</li>
 * <li>{@link ReportConverter}: a legacy or 2019 trial report converted to the 2021 format, saying what could not be
 * carried over exactly;</li>
 * <li>{@link CurrentFormatDocxWriter}: a 2021 report written as a new .docx in the official layout;</li>
 * <li>{@link XlsxExporter}: the tables as a workbook with live formulas, which reads back to the same report;</li>
 * <li>{@link TemplateFiller}: a user's .docx template (e.g. the official blank one) filled in from a report;</li>
 * <li>{@link ReportCorrector}: the same .docx with only the corrections that are certain, each listed as a
 * {@link Correction};</li>
 * <li>{@link BatchValidator}: every report under folders validated on all cores, each report joined with its
 * statistics attachment and last year's report where the batch holds them, as a {@link BatchResult} with its
 * summary workbook;</li>
 * <li>{@link ReportAggregator}: departments' reports of one year summed into a region's tables (汇总) and compared
 * with the region's own report (A8).</li>
 * </ul>
 * All of them are immutable and thread-safe: build them once and share them. For a one-off, the static
 * {@link io.github.disclosurereport.DisclosureReports#read} and
 * {@link io.github.disclosurereport.DisclosureReports#validate} use the defaults.
 *
 * <p>What a report holds is in {@link io.github.disclosurereport.model}, the official tables in
 * {@link io.github.disclosurereport.form}, the read limits and exception in {@link io.github.disclosurereport.read},
 * the rule API in {@link io.github.disclosurereport.validate}.
 */
package io.github.disclosurereport;
