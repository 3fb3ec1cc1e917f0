package io.github.disclosurereport.write;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.text.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The printed layout of a form table as a grid of cells with spans — captions, headers, labels and value cells —
 * derived from the form and print-layout.tsv. The .docx and .xlsx writers both render this one layout, so the
 * official merges are defined once.
 *
 * @param table   table code
 * @param rows    grid rows
 * @param columns grid columns
 * @param cells   the printed cells
 */
public record TableLayout(String table, int rows, int columns, List<Cell> cells) {

    public TableLayout {
        cells = List.copyOf(cells);
    }

    /** What a printed cell is for. */
    public enum Kind { CAPTION, HEADER, LABEL, UNIT, VALUE }

    /**
     * A printed cell.
     *
     * @param cellId the form cell id for VALUE cells, else empty
     * @param depth  for LABEL cells, how deep the row sits in the form's tree (for indentation)
     */
    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Kind kind, String cellId,
                       int depth) {
    }

    private record Style(String orientation, int labelColumns, List<String> headers) {
    }

    private static final Map<String, Style> STYLES = loadStyles();

    /** The layout of one table of a form. */
    public static TableLayout of(FormDefinition form, String tableCode) {
        FormTable t = form.table(tableCode).orElseThrow(() -> new IllegalArgumentException("no table " + tableCode));
        Style style = STYLES.getOrDefault(tableCode, new Style("rows-down", 1, List.of()));
        if (tableCode.equals("L") || t.columns().isEmpty()) {
            return singleValue(t, style);
        }
        if (style.orientation().equals("rows-across")) {
            return rowsAcross(t);
        }
        return t.blocks().isEmpty() ? rowsDown(t, style) : blocks(t, style);
    }

    /** T2: per block a caption row, a header row and its data rows; a block with fewer columns widens its last. */
    private static TableLayout blocks(FormTable t, Style style) {
        int width = 0;
        for (FormGroup b : t.blocks()) {
            width = Math.max(width, t.columnsOf(b.code()).size());
        }
        int total = 1 + width;
        List<Cell> out = new ArrayList<>();
        int r = 0;
        String rowHeader = style.headers().isEmpty() ? "" : style.headers().get(0);
        for (FormGroup b : t.blocks()) {
            out.add(new Cell(r++, 0, 1, total, b.label(), Kind.CAPTION, "", 0));
            List<FormColumn> cols = t.columnsOf(b.code());
            out.add(new Cell(r, 0, 1, 1, rowHeader, Kind.HEADER, "", 0));
            for (int i = 0; i < cols.size(); i++) {
                out.add(new Cell(r, 1 + i, 1, span(i, cols.size(), width), printedLabel(cols.get(i).label()),
                        Kind.HEADER, "", 0));
            }
            r++;
            for (FormRow row : t.rowsOf(b.code())) {
                out.add(new Cell(r, 0, 1, 1, row.label(), Kind.LABEL, "", 0));
                for (int i = 0; i < cols.size(); i++) {
                    out.add(new Cell(r, 1 + i, 1, span(i, cols.size(), width), "", Kind.VALUE,
                            id(t, row, cols.get(i)), 0));
                }
                r++;
            }
        }
        return new TableLayout(t.code(), r, total, out);
    }

    private static int span(int index, int count, int width) {
        return index == count - 1 ? width - count + 1 : 1;
    }

    /** T3: note + column header tree on top, row label tree on the left. */
    private static TableLayout rowsDown(FormTable t, Style style) {
        List<FormGroup> spanning = t.groups().stream().filter(g -> g.kind().equals("group")
                && !t.headsRows(g) && !referencedByColumns(t, g.code())).toList();
        boolean grouped = t.columns().stream().anyMatch(c -> !c.parent().isEmpty());
        int labelCols = style.labelColumns();
        int headerRows = spanning.size() + (grouped ? 2 : 1);
        int width = labelCols + t.columns().size();
        List<Cell> out = new ArrayList<>();
        out.add(new Cell(0, 0, headerRows, labelCols, t.note().orElse(""), Kind.HEADER, "", 0));
        int h = 0;
        for (FormGroup g : spanning) {
            out.add(new Cell(h++, labelCols, 1, t.columns().size(), g.label(), Kind.HEADER, "", 0));
        }
        for (int i = 0; i < t.columns().size(); i++) {
            FormColumn c = t.columns().get(i);
            if (c.parent().isEmpty()) {
                out.add(new Cell(h, labelCols + i, headerRows - h, 1, printedLabel(c.label()), Kind.HEADER, "",
                        0));
            } else {
                if (i == 0 || !t.columns().get(i - 1).parent().equals(c.parent())) {
                    int n = (int) t.columns().stream().filter(x -> x.parent().equals(c.parent())).count();
                    String group = t.group(c.parent()).map(FormGroup::label).orElse(c.parent());
                    out.add(new Cell(h, labelCols + i, 1, n, group, Kind.HEADER, "", 0));
                }
                out.add(new Cell(h + 1, labelCols + i, headerRows - h - 1, 1, printedLabel(c.label()),
                        Kind.HEADER, "", 0));
            }
        }
        List<FormRow> rows = t.rows();
        List<List<FormGroup>> chains = rows.stream().map(t::ancestors).toList();
        for (int i = 0; i < rows.size(); i++) {
            int r = headerRows + i;
            List<FormGroup> chain = chains.get(i);
            for (int k = 0; k < chain.size() && k < labelCols - 1; k++) {
                FormGroup g = chain.get(k);
                boolean starts = i == 0 || chains.get(i - 1).size() <= k || !chains.get(i - 1).get(k).equals(g);
                if (starts) {
                    int n = 1;
                    while (i + n < rows.size() && chains.get(i + n).size() > k && chains.get(i + n).get(k).equals(g)) {
                        n++;
                    }
                    out.add(new Cell(r, k, n, 1, g.label(), Kind.LABEL, "", k));
                }
            }
            int depth = Math.min(chain.size(), labelCols - 1);
            out.add(new Cell(r, depth, 1, labelCols - depth, rows.get(i).label(), Kind.LABEL, "", depth));
            for (int c = 0; c < t.columns().size(); c++) {
                out.add(new Cell(r, labelCols + c, 1, 1, "", Kind.VALUE, id(t, rows.get(i), t.columns().get(c)), 0));
            }
        }
        return new TableLayout(t.code(), headerRows + rows.size(), width, out);
    }

    /** T4: each form row is a column group (under its parent group), the form columns repeated under each. */
    private static TableLayout rowsAcross(FormTable t) {
        int depth = 0;
        for (FormRow r : t.rows()) {
            depth = Math.max(depth, t.ancestors(r).size());
        }
        int headerRows = depth + 2;
        int n = t.columns().size();
        List<Cell> out = new ArrayList<>();
        List<FormRow> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            FormRow row = rows.get(i);
            int col = i * n;
            List<FormGroup> chain = t.ancestors(row);
            for (int k = 0; k < chain.size(); k++) {
                FormGroup g = chain.get(k);
                boolean starts = i == 0 || !t.ancestors(rows.get(i - 1)).contains(g);
                if (starts) {
                    int count = 0;
                    while (i + count < rows.size() && t.ancestors(rows.get(i + count)).contains(g)) {
                        count++;
                    }
                    out.add(new Cell(k, col, 1, count * n, g.label(), Kind.HEADER, "", 0));
                }
            }
            int level = chain.size();
            out.add(new Cell(level, col, 1, n, row.label(), Kind.HEADER, "", 0));
            for (int c = 0; c < n; c++) {
                out.add(new Cell(level + 1, col + c, headerRows - level - 1, 1,
                        printedLabel(t.columns().get(c).label()),
                        Kind.HEADER, "", 0));
                out.add(new Cell(headerRows, col + c, 1, 1, "", Kind.VALUE, id(t, row, t.columns().get(c)), 0));
            }
        }
        return new TableLayout(t.code(), headerRows + 1, rows.size() * n, out);
    }

    /**
     * Legacy statistics: label (indented by depth) | unit | value, and a column for each further value column of
     * the form (Fujian's 历年累计), headed as the form prints them: its label, unit and value headers
     * ({@link FormTable#headers()}: 统计指标 | 单位 | 统计数, Fujian's 指标名称 | 计量单位), its value columns' labels.
     */
    private static TableLayout singleValue(FormTable t, Style style) {
        List<Cell> out = new ArrayList<>();
        List<String> headers = new ArrayList<>(style.headers());
        List<String> parts = List.of("label", "unit", "value");
        for (int i = 0; i < parts.size(); i++) {
            String printed = t.header(parts.get(i)).map(FormColumn::label).orElse("");
            if (printed.isEmpty()) {
                continue;
            }
            while (headers.size() <= i) {
                headers.add("");
            }
            headers.set(i, printed);
        }
        for (int i = 0; i < t.columns().size(); i++) {
            String label = t.columns().get(i).label();
            if (headers.size() > 2 + i) {
                headers.set(2 + i, label);
            } else {
                headers.add(label);
            }
        }
        int width = Math.max(3, 2 + t.columns().size());
        for (int i = 0; i < width; i++) {
            out.add(new Cell(0, i, 1, 1, i < headers.size() ? headers.get(i) : "", Kind.HEADER, "", 0));
        }
        Map<String, FormRow> byCode = new HashMap<>();
        t.rows().forEach(r -> byCode.put(r.code(), r));
        int r = 1;
        for (FormRow row : t.rows()) {
            int depth = 0;
            for (FormRow p = byCode.get(row.parent()); p != null && depth < 10; p = byCode.get(p.parent())) {
                depth++;
            }
            out.add(new Cell(r, 0, 1, 1, row.label(), Kind.LABEL, "", depth));
            out.add(new Cell(r, 1, 1, 1, row.unit(), Kind.UNIT, "", 0));
            for (int i = 2; i < width; i++) {
                String id = t.code() + ":" + row.code() + (i == 2 ? "" : ":" + t.columns().get(i - 2).code());
                out.add(new Cell(r, i, 1, 1, "", row.unit().isEmpty() ? Kind.LABEL : Kind.VALUE,
                        row.unit().isEmpty() ? "" : id, 0));
            }
            r++;
        }
        return new TableLayout(t.code(), r, width, out);
    }

    private static boolean referencedByColumns(FormTable t, String code) {
        return t.columns().stream().anyMatch(c -> c.parent().equals(code));
    }

    /**
     * The label as printed: a parenthesised remark written in Latin letters is a maintainer's note in the forms
     * data (e.g. how real reports write a unit), not part of the official form.
     */
    public static String printedLabel(String label) {
        return NOTE_IN_LABEL.matcher(label).replaceAll("").strip();
    }

    private static final Pattern NOTE_IN_LABEL = Pattern.compile("[（(][^）)]*[A-Za-z]{3,}[^）)]*[）)]");

    private static String id(FormTable t, FormRow r, FormColumn c) {
        return t.code() + ":" + r.code() + ":" + c.code();
    }

    private static Map<String, Style> loadStyles() {
        Map<String, Style> out = new HashMap<>();
        for (String[] f : Tsv.formsData("print-layout.tsv")) {
            out.put(f[0], new Style(f[1], Integer.parseInt(f[2]),
                    f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split("\\|")) : List.of()));
        }
        return Map.copyOf(out);
    }
}
