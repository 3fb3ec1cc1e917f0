package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The summary workbook of a batch of reports (汇总.xlsx): one row per report with its counts, first error and a link
 * to its findings; every finding with its file and place; the files that could not be read and why; reports of one
 * organization and year given twice; organizations missing a year that others have. Written streaming (POI's
 * SXSSF), so a batch of thousands of reports needs no more memory than their findings.
 */
public final class BatchSummaryWorkbook {

    /** Sheet names, as a clerk reads them in the tabs. */
    public static final String REPORTS = "报告汇总";
    /** The sheet of every finding. */
    public static final String FINDINGS = "问题明细";
    /** The sheet of files that could not be read. */
    public static final String UNREADABLE = "无法读取";
    /** The sheet of duplicates and missing years. */
    public static final String GAPS = "重复与缺报";

    private static final String[] REPORT_HEADINGS = {"序号", "文件", "单位", "年度", "格式", "错误", "警告",
        "第一个错误", "统计表附件", "对比的上年报告", "问题明细"};
    private static final int[] REPORT_WIDTHS = {6, 36, 28, 8, 22, 8, 8, 60, 36, 36, 14};
    private static final String[] FINDING_HEADINGS = {"文件", "单位", "年度", "规则", "级别", "说明", "涉及单元格", "位置"};
    private static final int[] FINDING_WIDTHS = {36, 28, 8, 10, 8, 70, 30, 26};

    /**
     * One report of the batch.
     *
     * @param file         the file (for a report with its attachment apart, the narrative)
     * @param organization the organ, empty when unknown
     * @param year         the report year, or null
     * @param format       the format in words
     * @param findings     its findings
     * @param attachment   its statistics attachment and how it was matched, empty without one
     * @param previous     last year's report it was compared with, empty without one
     */
    public record ReportRow(String file, String organization, Integer year, String format, List<Finding> findings,
                            String attachment, String previous) {
    }

    /**
     * A file that could not be read.
     *
     * @param file   the file
     * @param reason why, in one line
     */
    public record UnreadableRow(String file, String reason) {
    }

    /**
     * Reports of the same organization and year.
     *
     * @param organization the organ
     * @param year         the year
     * @param files        the files
     */
    public record DuplicateRow(String organization, int year, List<String> files) {
    }

    /**
     * An organization missing years that other organizations of the batch have.
     *
     * @param organization the organ
     * @param missing      the years it lacks
     * @param present      the years it has
     */
    public record MissingRow(String organization, List<Integer> missing, List<Integer> present) {
    }

    private BatchSummaryWorkbook() {
    }

    /**
     * Writes the summary workbook to a stream (not closed).
     *
     * @throws IOException when the stream fails
     */
    public static void write(List<ReportRow> reports, List<UnreadableRow> unreadable, List<DuplicateRow> duplicates,
                             List<MissingRow> missing, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            WorkbookStyles styles = new WorkbookStyles(wb.getXSSFWorkbook());
            SXSSFSheet overview = wb.createSheet(REPORTS);
            SXSSFSheet details = wb.createSheet(FINDINGS);
            headings(details, FINDING_HEADINGS, FINDING_WIDTHS, styles);
            headings(overview, REPORT_HEADINGS, REPORT_WIDTHS, styles);
            int detailRow = 1;
            int r = 1;
            for (ReportRow report : reports) {
                int firstDetail = detailRow;
                for (Finding f : report.findings()) {
                    Row row = details.createRow(detailRow++);
                    text(row, 0, report.file(), styles.label);
                    text(row, 1, report.organization(), styles.label);
                    year(row, 2, report.year(), styles);
                    text(row, 3, f.rule(), styles.label);
                    text(row, 4, f.severity().chinese(), styles.label);
                    text(row, 5, f.message(), styles.label);
                    text(row, 6, listed(f.cells(), "个单元格"), styles.label);
                    text(row, 7, f.location().describe(), styles.label);
                    fitHeight(row, FINDING_WIDTHS);
                }
                Row row = overview.createRow(r);
                number(row, 0, r, styles.centered);
                text(row, 1, report.file(), styles.label);
                text(row, 2, report.organization(), styles.label);
                year(row, 3, report.year(), styles);
                text(row, 4, report.format(), styles.label);
                long errors = count(report.findings(), Severity.ERROR);
                number(row, 5, errors, styles.centered);
                number(row, 6, count(report.findings(), Severity.WARNING), styles.centered);
                text(row, 7, report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                        .map(f -> f.rule() + " " + f.location().describe() + "：" + f.message()).orElse(""), styles.label);
                text(row, 8, report.attachment(), styles.label);
                text(row, 9, report.previous(), styles.label);
                if (report.findings().isEmpty()) {
                    text(row, 10, "未发现问题", styles.label);
                } else {
                    text(row, 10, "查看 " + report.findings().size() + " 条", styles.label);
                    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress("'" + FINDINGS + "'!A" + (firstDetail + 1));
                    row.getCell(10).setHyperlink(link);
                }
                fitHeight(row, REPORT_WIDTHS);
                r++;
            }
            if (reports.isEmpty()) {
                text(overview.createRow(1), 1, "没有读出任何报告", styles.plain);
            } else {
                overview.setAutoFilter(new CellRangeAddress(0, r - 1, 0, REPORT_HEADINGS.length - 1));
            }
            if (detailRow == 1) {
                text(details.createRow(1), 0, "未发现问题", styles.plain);
            } else {
                details.setAutoFilter(new CellRangeAddress(0, detailRow - 1, 0, FINDING_HEADINGS.length - 1));
            }
            unreadable(wb.createSheet(UNREADABLE), unreadable, styles);
            gaps(wb.createSheet(GAPS), duplicates, missing, styles);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void unreadable(SXSSFSheet sheet, List<UnreadableRow> rows, WorkbookStyles styles) {
        headings(sheet, new String[] {"文件", "原因"}, new int[] {40, 100}, styles);
        int r = 1;
        for (UnreadableRow u : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, u.file(), styles.label);
            text(row, 1, u.reason(), styles.label);
        }
        if (rows.isEmpty()) {
            text(sheet.createRow(1), 0, "所有文件都已读取", styles.plain);
        }
    }

    private static void gaps(SXSSFSheet sheet, List<DuplicateRow> duplicates, List<MissingRow> missing,
                             WorkbookStyles styles) {
        printOnePageWide(sheet);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, "同一单位同一年度有多份报告", styles.caption);
        Row head = sheet.createRow(r++);
        text(head, 0, "单位", styles.header);
        text(head, 1, "年度", styles.header);
        text(head, 2, "文件", styles.header);
        // one row per file, the organ and year on each, so that a clerk can filter and sort them; a folder may hold
        // hundreds of copies of one report, more than one cell can show or hold
        for (DuplicateRow d : duplicates) {
            for (String file : d.files()) {
                Row row = sheet.createRow(r++);
                text(row, 0, d.organization(), styles.label);
                number(row, 1, d.year(), styles.centered);
                text(row, 2, file, styles.label);
                fitHeight(row, new int[] {30, 16, 90});
            }
        }
        if (duplicates.isEmpty()) {
            text(sheet.createRow(r++), 0, "无", styles.plain);
        }
        r++;
        text(sheet.createRow(r++), 0, "缺少其他单位已有年度的报告", styles.caption);
        head = sheet.createRow(r++);
        text(head, 0, "单位", styles.header);
        text(head, 1, "缺少的年度", styles.header);
        text(head, 2, "已有的年度", styles.header);
        for (MissingRow m : missing) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.organization(), styles.label);
            text(row, 1, years(m.missing()), styles.label);
            text(row, 2, years(m.present()), styles.label);
        }
        if (missing.isEmpty()) {
            text(sheet.createRow(r), 0, "无", styles.plain);
        }
    }

    private static String years(List<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }

    private static void headings(SXSSFSheet sheet, String[] headings, int[] widths, WorkbookStyles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            text(row, c, headings[c], styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        printOnePageWide(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, headings.length - 1));
    }

    /** Landscape A4, as wide as one page, as many pages long as it takes. */
    private static void printOnePageWide(SXSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Wrapped text does not grow a streamed row by itself: as many lines as the fullest cell needs. */
    private static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                int width = SheetCells.displayWidth(cell.getStringCellValue());
                lines = Math.max(lines, (int) Math.ceil(width / (double) Math.max(4, widths[c] - 2)));
            }
        }
        row.setHeightInPoints(lines * 14.5f + 4f);
    }

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Items joined with 、 as far as a cell holds them (Excel's 32,767 characters: a folder can hold thousands of copies
     * of one report), then how many there are in all.
     */
    static String listed(List<String> items, String what) {
        String all = String.join("、", items);
        if (all.length() <= MAX_TEXT) {
            return all;
        }
        String total = "……（共" + items.size() + what + "）";
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (out.length() + item.length() + 1 + total.length() > MAX_TEXT) {
                break;
            }
            out.append(out.length() == 0 ? "" : "、").append(item);
        }
        return out.append(total).toString();
    }

    private static void text(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        // no single finding or name comes near the limit, but a workbook that cannot be written loses the whole run
        cell.setCellValue(text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…");
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, long n, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(n);
        cell.setCellStyle(style);
    }

    private static void year(Row row, int c, Integer year, WorkbookStyles styles) {
        if (year == null) {
            text(row, c, "", styles.centered);
        } else {
            number(row, c, year, styles.centered);
        }
    }
}
