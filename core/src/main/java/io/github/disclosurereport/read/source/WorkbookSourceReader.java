package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * .xlsx / .xls → neutral intermediate. Each sheet with content becomes its rows above the table as paragraphs
 * (title, 年度, 单位名称：…), the table body as one {@link SourceTable} located at its real sheet cells, and its rows
 * below as paragraphs (单位负责人：… 填报日期：…) — the shape a Word report with the same table has, so the same
 * mapping reads both. Cell text is what Excel shows: numbers as formatted, formulas as their cached result.
 */
public final class WorkbookSourceReader implements SourceReader {

    /** Real statistics sheets have a few dozen merges; each cell is checked against them. */
    static final int MAX_MERGED_REGIONS = 5_000;

    private final String fileType;
    private final ReadLimits limits;

    /**
     * @param fileType "xlsx" or "xls", as detected from the content
     * @param limits   the table and text limits to refuse a sheet by
     */
    public WorkbookSourceReader(String fileType, ReadLimits limits) {
        this.limits = limits;
        if (!fileType.equals("xlsx") && !fileType.equals("xls")) {
            throw new IllegalArgumentException("not a workbook type: " + fileType);
        }
        this.fileType = fileType;
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        String expected = fileType.equals("xlsx") ? "Excel (.xlsx)" : "Excel 97-2003 (.xls)";
        try (Workbook wb = fileType.equals("xlsx") ? new XSSFWorkbook(in) : new HSSFWorkbook(in)) {
            return toSource(wb, fileName, fileType, limits);
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.translate(e, fileName, expected);
        }
    }

    /** The neutral intermediate of a workbook already open (the intake parses an .xlsx once). */
    public static SourceDocument toSource(Workbook wb, String fileName, String fileType, ReadLimits limits)
            throws ReportReadException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<SourceBlock> blocks = new ArrayList<>();
        int[] paragraphs = {0};
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            addSheet(wb.getSheetAt(s), s + 1, formatter, blocks, paragraphs, fileName, limits);
        }
        return new SourceDocument(fileName, fileType, blocks);
    }

    /** One printed cell of a sheet: a plain cell or a merged region, with its text. */
    private record Printed(int row, int column, int lastRow, int lastColumn, String text) {
    }

    private static void addSheet(Sheet sheet, int sheetNumber, DataFormatter formatter, List<SourceBlock> blocks,
                                 int[] paragraphs, String fileName, ReadLimits limits) throws ReportReadException {
        String name = sheet.getSheetName();
        // text of every non-empty physical cell, by row then column
        TreeMap<Integer, TreeMap<Integer, String>> texts = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = text(cell, formatter);
                if (!text.isBlank()) {
                    texts.computeIfAbsent(row.getRowNum(), k -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                }
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        // merged regions that hold text or touch a row with text; their text is the top-left cell's
        List<Printed> merged = new ArrayList<>();
        Map<Long, Printed> mergedAt = new HashMap<>();
        if (sheet.getNumMergedRegions() > MAX_MERGED_REGIONS) {
            throw new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED, fileName + ": 工作表“" + name
                    + "”的合并单元格过多（" + sheet.getNumMergedRegions() + " 处，上限 " + MAX_MERGED_REGIONS
                    + "） / too many merged regions");
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            TreeMap<Integer, String> top = texts.get(m.getFirstRow());
            String text = top == null ? "" : top.getOrDefault(m.getFirstColumn(), "");
            Printed p = new Printed(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn(), text);
            if (text.isEmpty() && texts.subMap(m.getFirstRow(), true, m.getLastRow(), true).isEmpty()) {
                continue; // formatting only, around no content
            }
            merged.add(p);
            mergedAt.put(key(p.row(), p.column()), p);
        }
        // text under a merge other than its top-left cell: Excel does not show it
        Set<Long> hidden = new HashSet<>();
        for (Printed m : merged) {
            for (var row : texts.subMap(m.row(), true, m.lastRow(), true).entrySet()) {
                for (int c : row.getValue().subMap(m.column(), true, m.lastColumn(), true).keySet()) {
                    if (row.getKey() != m.row() || c != m.column()) {
                        hidden.add(key(row.getKey(), c));
                    }
                }
            }
        }
        // the distinct non-empty printed cells of each row that has any
        TreeMap<Integer, List<Printed>> rows = new TreeMap<>();
        for (var e : texts.entrySet()) {
            int r = e.getKey();
            for (var c : e.getValue().entrySet()) {
                if (hidden.contains(key(r, c.getKey()))) {
                    continue;
                }
                Printed p = mergedAt.getOrDefault(key(r, c.getKey()), new Printed(r, c.getKey(), r, c.getKey(),
                        c.getValue()));
                rows.computeIfAbsent(r, k -> new ArrayList<>()).add(p);
            }
        }
        for (Printed m : merged) {
            if (m.text().isEmpty()) {
                continue;
            }
            for (int r = m.row() + 1; r <= m.lastRow(); r++) {
                rows.computeIfAbsent(r, k -> new ArrayList<>()).add(m); // a vertical merge prints in every row
            }
        }
        // the body: from the first to the last row with two or more printed cells, without form-field rows
        // (单位名称：… / 填报人：…) at its edges, which print like paragraphs
        List<Integer> rowNumbers = new ArrayList<>(rows.keySet());
        int first = -1;
        int last = -1;
        for (int i = 0; i < rowNumbers.size(); i++) {
            if (rows.get(rowNumbers.get(i)).size() >= 2) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        while (first >= 0 && first < last && isFormFieldRow(rows.get(rowNumbers.get(first)))) {
            first++;
        }
        while (last > first && isFormFieldRow(rows.get(rowNumbers.get(last)))) {
            last--;
        }
        while (first >= 0 && last + 1 < rowNumbers.size()
                && isBlankTableRow(sheet, rowNumbers.get(last), rowNumbers.get(last + 1), rows, first, last,
                rowNumbers)) {
            last++;
        }
        if (first < 0) {
            // nothing table-like: every row is a line of text
            for (int r : rowNumbers) {
                addParagraph(rows.get(r), r, name, blocks, paragraphs);
            }
            return;
        }
        for (int i = 0; i < first; i++) {
            addParagraph(rows.get(rowNumbers.get(i)), rowNumbers.get(i), name, blocks, paragraphs);
        }
        blocks.add(body(name, sheetNumber, rowNumbers.get(first), rowNumbers.get(last), rows, merged, texts,
                fileName, limits));
        for (int i = last + 1; i < rowNumbers.size(); i++) {
            addParagraph(rows.get(rowNumbers.get(i)), rowNumbers.get(i), name, blocks, paragraphs);
        }
    }

    /**
     * Whether the row right below the body is still a row of the table with its values blank, as the last rows of
     * a blank template are ("行政事业性收费" and empty bordered cells): only its label prints, in the body's first
     * column, and the rest of the row, within the body's columns, is drawn as table cells (bordered).
     */
    private static boolean isBlankTableRow(Sheet sheet, int lastRow, int next, TreeMap<Integer, List<Printed>> rows,
                                           int first, int last, List<Integer> rowNumbers) {
        List<Printed> printed = rows.get(next);
        if (next != lastRow + 1 || printed.size() != 1 || printed.get(0).row() != next
                || isFormFieldRow(printed)) {
            return false;
        }
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (int i = first; i <= last; i++) {
            for (Printed p : rows.get(rowNumbers.get(i))) {
                firstColumn = Math.min(firstColumn, p.column());
                lastColumn = Math.max(lastColumn, p.lastColumn());
            }
        }
        Printed label = printed.get(0);
        if (label.column() != firstColumn || label.lastColumn() >= lastColumn) {
            return false;
        }
        Row row = sheet.getRow(next);
        for (int c = label.lastColumn() + 1; c <= lastColumn; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null || cell.getCellStyle() == null) {
                return false;
            }
            var style = cell.getCellStyle();
            if (style.getBorderBottom() == BorderStyle.NONE && style.getBorderTop() == BorderStyle.NONE
                    && style.getBorderLeft() == BorderStyle.NONE && style.getBorderRight() == BorderStyle.NONE) {
                return false;
            }
        }
        return true;
    }

    /** A row whose every printed cell is a "label：value" form field, as in 单位负责人：… 审核人：… 填报人：…. */
    private static boolean isFormFieldRow(List<Printed> row) {
        return row.stream().allMatch(p -> p.text().contains("：") || p.text().contains(":"));
    }

    /** A row printed as a line of text; a row holding only the lower part of a taller merge adds nothing. */
    private static void addParagraph(List<Printed> row, int rowNumber, String sheet, List<SourceBlock> blocks,
                                     int[] paragraphs) {
        if (row.stream().allMatch(p -> p.row() < rowNumber)) {
            return;
        }
        List<Printed> sorted = row.stream().filter(p -> p.row() == rowNumber)
                .sorted((a, b) -> Integer.compare(a.column(), b.column())).toList();
        StringBuilder text = new StringBuilder();
        for (Printed p : sorted) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(p.text());
        }
        Printed firstCell = sorted.get(0);
        int number = ++paragraphs[0];
        blocks.add(new SourceParagraph(number, text.toString(),
                SourceLocation.sheetCell(sheet, firstCell.row() + 1, firstCell.column() + 1)));
    }

    /** The table body as a grid over its used columns, every position a cell (empty ones as ""). */
    private static SourceTable body(String sheet, int sheetNumber, int firstRow, int lastRow,
                                    TreeMap<Integer, List<Printed>> rows, List<Printed> merged,
                                    TreeMap<Integer, TreeMap<Integer, String>> texts, String fileName,
                                    ReadLimits limits) throws ReportReadException {
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (List<Printed> row : rows.subMap(firstRow, true, lastRow, true).values()) {
            for (Printed p : row) {
                firstColumn = Math.min(firstColumn, p.column());
                lastColumn = Math.max(lastColumn, p.lastColumn());
            }
        }
        long positions = (long) (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
        if (positions > limits.maxTableCells()) {
            throw LimitRefusals.exceeded(fileName, "工作表“" + sheet + "”的表格过大（" + (lastRow - firstRow + 1)
                    + " 行 × " + (lastColumn - firstColumn + 1) + " 列，超过 " + limits.maxTableCells()
                    + " 个单元格）", "maxTableCells");
        }
        List<GridCell> cells = new ArrayList<>();
        boolean[][] taken = new boolean[lastRow - firstRow + 1][lastColumn - firstColumn + 1];
        for (Printed m : merged) {
            int r0 = Math.max(m.row(), firstRow);
            int c0 = Math.max(m.column(), firstColumn);
            int r1 = Math.min(m.lastRow(), lastRow);
            int c1 = Math.min(m.lastColumn(), lastColumn);
            if (r0 > r1 || c0 > c1 || m.row() < firstRow || m.column() < firstColumn) {
                continue; // starts outside the body: its text is not in the table
            }
            cells.add(new GridCell(r0 - firstRow, c0 - firstColumn, r1 - r0 + 1, c1 - c0 + 1, m.text()));
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    taken[r - firstRow][c - firstColumn] = true;
                }
            }
        }
        for (int r = firstRow; r <= lastRow; r++) {
            TreeMap<Integer, String> rowTexts = texts.getOrDefault(r, new TreeMap<>());
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (!taken[r - firstRow][c - firstColumn]) {
                    cells.add(new GridCell(r - firstRow, c - firstColumn, 1, 1, rowTexts.getOrDefault(c, "")));
                }
            }
        }
        cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column(), b.column()));
        return new SourceTable(sheetNumber, sheet, firstRow, firstColumn, cells);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** What Excel shows in the cell; line breaks as \n. */
    private static String text(Cell cell, DataFormatter formatter) {
        String shown = formatter.formatCellValue(cell);
        return shown.replace("\r\n", "\n").replace('\r', '\n');
    }
}
