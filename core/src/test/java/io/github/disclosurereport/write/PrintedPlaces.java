package io.github.disclosurereport.write;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.text.Labels;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a form cell in a written document the way a reader of the printed page does — by its table (the Word table
 * that carries the table's labels, the sheet named 表三 …), its row label and its column header — and returns the
 * text printed there. Deliberately independent of the writers' layout code and of our hidden id sheet, so that a
 * writer that prints a figure in the wrong place or in the wrong spelling (54,408) is caught.
 */
final class PrintedPlaces {

    /** A table as printed: the text of each grid position's merged area's top-left cell, and the areas' spans. */
    record Grid(String[][] text, int[][] rowSpan, int[][] colSpan) {

        int rows() {
            return text.length;
        }

        int columns(int r) {
            return text[r].length;
        }

        String at(int r, int c) {
            return r < rows() && c < columns(r) && text[r][c] != null ? text[r][c] : "";
        }
    }

    private PrintedPlaces() {
    }

    /**
     * The figures a document prints for the expected cells of {@code tables}: id → printed text (absent when the
     * cell's place cannot be found).
     */
    static Map<String, String> printed(List<Grid> grids, FormDefinition form, JsonNode expectedCells,
                                       List<String> tables) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var it = expectedCells.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Optional<CellDefinition> def = form.cell(id);
            if (def.isEmpty() || !tables.contains(def.get().table())) {
                continue;
            }
            FormTable t = form.table(def.get().table()).orElseThrow();
            for (Grid g : grids) {
                Optional<String> text = find(g, t, def.get());
                if (text.isPresent()) {
                    out.put(id, text.get());
                    break;
                }
            }
        }
        return out;
    }

    /** The expected printed text of a cell in an expected file: the JSON number exactly as written there. */
    static String expectedText(JsonNode value) {
        return value.isNull() ? "" : value.isNumber() ? value.toString() : value.asText();
    }

    private static Optional<String> find(Grid g, FormTable t, CellDefinition d) {
        if (t.code().equals("T4")) {
            // rows across: the row's label heads a group of columns, the column's label is under it, the figure below
            int[] group = locate(g, d.row().label(), 0, g.rows());
            if (group == null) {
                return Optional.empty();
            }
            int from = group[1];
            int to = group[1] + g.colSpan()[group[0]][group[1]];
            for (int r = group[0] + 1; r < g.rows(); r++) {
                for (int c = from; c < to && c < g.columns(r); c++) {
                    if (sameColumn(g.at(r, c), d)) {
                        return Optional.of(g.at(r + g.rowSpan()[r][c], c));
                    }
                }
            }
            return Optional.empty();
        }
        if (d.row().label().isEmpty()) {
            return Optional.empty();
        }
        int from = 0;
        if (ambiguous(t, d.row())) {
            // a label printed twice (legacy 维持 / 纠错 under each of 行政复议, 行政诉讼): after its parent's row
            Optional<FormRow> parent = t.rows().stream().filter(r -> r.code().equals(d.row().parent())).findFirst();
            int[] at = parent.isEmpty() || ambiguous(t, parent.get()) ? null
                    : locate(g, parent.get().label(), 0, g.rows());
            if (at == null) {
                return Optional.empty();
            }
            from = at[0] + 1;
        }
        int[] row = locate(g, d.row().label(), from, g.rows());
        if (row == null) {
            return Optional.empty();
        }
        if (d.column() == null) {
            // a single-value table: the figure is the last printed cell of the row
            int last = g.columns(row[0]) - 1;
            while (last > 0 && g.text()[row[0]][last] == null) {
                last--;
            }
            return Optional.of(g.at(row[0], last));
        }
        // the nearest header above the row that carries the column's label (T2 repeats 本年处理决定数量 per block)
        for (int r = row[0] - 1; r >= 0; r--) {
            for (int c = 0; c < g.columns(r); c++) {
                if (sameColumn(g.at(r, c), d)) {
                    return Optional.of(g.at(row[0], c));
                }
            }
        }
        return Optional.empty();
    }

    /** Rows printed with the same label twice in one table cannot be told apart by their label. */
    private static boolean ambiguous(FormTable t, FormRow row) {
        return t.rows().stream().filter(r -> same(r.label(), row.label())).count() > 1;
    }

    private static int[] locate(Grid g, String label, int fromRow, int toRow) {
        for (int r = fromRow; r < toRow; r++) {
            for (int c = 0; c < g.columns(r); c++) {
                if (same(g.at(r, c), label)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /** A column header as printed: its label, perhaps with the unit after it (本年新制作数量（件）). */
    private static boolean sameColumn(String printed, CellDefinition d) {
        return same(printed, d.column().label())
                || !d.unit().isEmpty() && same(printed, d.column().label() + "（" + d.unit() + "）");
    }

    private static boolean same(String printed, String label) {
        String k = Labels.key(TableLayout.printedLabel(label));
        return !k.isEmpty() && Labels.key(printed).equals(k);
    }

    /** The top-level tables of a Word document as printed grids (gridSpan and vMerge resolved). */
    static List<Grid> grids(XWPFDocument doc) {
        List<Grid> out = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            out.add(grid(t));
        }
        return out;
    }

    private static Grid grid(XWPFTable t) {
        int rows = t.getRows().size();
        int cols = 0;
        List<List<int[]>> placed = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            int c = 0;
            List<int[]> spans = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                spans.add(new int[] {c, span});
                c += span;
            }
            placed.add(spans);
            cols = Math.max(cols, c);
        }
        String[][] text = new String[rows][cols];
        int[][] rowSpan = new int[rows][cols];
        int[][] colSpan = new int[rows][cols];
        Map<Integer, int[]> openMerge = new HashMap<>(); // column → top-left of the vertical merge running there
        for (int r = 0; r < rows; r++) {
            List<XWPFTableCell> cells = t.getRows().get(r).getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                int c = placed.get(r).get(i)[0];
                int span = placed.get(r).get(i)[1];
                CTTcPr pr = cells.get(i).getCTTc().getTcPr();
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (continues && openMerge.containsKey(c)) {
                    int[] top = openMerge.get(c);
                    rowSpan[top[0]][top[1]]++;
                    continue;
                }
                text[r][c] = cells.get(i).getText().strip();
                rowSpan[r][c] = 1;
                colSpan[r][c] = span;
                openMerge.put(c, new int[] {r, c});
            }
        }
        return new Grid(text, rowSpan, colSpan);
    }

    /** The sheet of a table, named by the table's reference (表三 …, 统计表), as a grid of displayed texts. */
    static List<Grid> grids(Workbook wb, FormTable table) {
        DataFormatter shown = new DataFormatter();
        shown.setUseCachedValuesForFormulaCells(true);
        List<Grid> out = new ArrayList<>();
        for (Sheet s : wb) {
            if (!s.getSheetName().startsWith(table.caption().reference())) {
                continue;
            }
            int rows = s.getLastRowNum() + 1;
            int cols = 0;
            for (var row : s) {
                cols = Math.max(cols, row.getLastCellNum());
            }
            String[][] text = new String[rows][cols];
            int[][] rowSpan = new int[rows][cols];
            int[][] colSpan = new int[rows][cols];
            for (var row : s) {
                for (var cell : row) {
                    text[row.getRowNum()][cell.getColumnIndex()] = shown.formatCellValue(cell).strip();
                    rowSpan[row.getRowNum()][cell.getColumnIndex()] = 1;
                    colSpan[row.getRowNum()][cell.getColumnIndex()] = 1;
                }
            }
            for (CellRangeAddress m : s.getMergedRegions()) {
                rowSpan[m.getFirstRow()][m.getFirstColumn()] = m.getLastRow() - m.getFirstRow() + 1;
                colSpan[m.getFirstRow()][m.getFirstColumn()] = m.getLastColumn() - m.getFirstColumn() + 1;
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                        if (r != m.getFirstRow() || c != m.getFirstColumn()) {
                            text[r][c] = null;
                        }
                    }
                }
            }
            out.add(new Grid(text, rowSpan, colSpan));
        }
        return out;
    }
}
