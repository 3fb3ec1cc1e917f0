package io.github.disclosurereport.write.xlsx;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.write.TableLayout;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paints one table sheet from the table's printed {@link TableLayout} (the layout the .docx writer renders too):
 * column widths, the title lines, labels and headers with their merges, row heights and printing. It writes no
 * report values; it leaves each value cell bordered and says where it landed.
 */
final class TableSheetPainter {

    /** Rows above the table: the title and the line with organization, year and unit (workbook only). */
    private static final int TITLE_ROWS = 2;

    /** How a table's printed layout sits on a sheet, read off the layout: it sets widths, heights and printing. */
    private enum Shape {
        /** T2: blocks, each a caption, a header row and its rows. */
        BLOCKS,
        /** T3: column headers on top, row labels (with group labels merged down) on the left. */
        GRID,
        /** T4: form rows side by side as column groups over one data row. */
        ROWS_ACROSS,
        /** Legacy 统计表: 统计指标 | 单位 | 统计数, labels indented by depth. */
        INDICATORS
    }

    private final XSSFSheet sheet;
    private final SheetCells cells;
    private final FormDefinition form;
    private final FormTable table;
    private final WorkbookStyles styles;
    private final TableLayout layout;
    private final Shape shape;
    /** Layout columns left of the first value column (the label columns). */
    private final int labelColumns;
    /** Layout rows above the first row label or value (the header rows). */
    private final int headerRows;
    /** Layout rows that hold a value cell (a legacy row without one is a heading). */
    private final Set<Integer> valueRows = new HashSet<>();
    private final Map<String, FormColumn> columnsByText = new HashMap<>();
    private final Map<String, Placed> placed = new LinkedHashMap<>();

    TableSheetPainter(XSSFSheet sheet, FormDefinition form, FormTable table, WorkbookStyles styles) {
        this.sheet = sheet;
        this.cells = new SheetCells(sheet);
        this.form = form;
        this.table = table;
        this.styles = styles;
        this.layout = TableLayout.of(form, table.code());
        List<TableLayout.Cell> printed = layout.cells();
        this.labelColumns = printed.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE)
                .mapToInt(TableLayout.Cell::column).min().orElse(0);
        this.headerRows = printed.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE
                || c.kind() == TableLayout.Kind.LABEL).mapToInt(TableLayout.Cell::row).min().orElse(0);
        printed.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE).forEach(c -> valueRows.add(c.row()));
        this.shape = printed.stream().anyMatch(c -> c.kind() == TableLayout.Kind.UNIT) ? Shape.INDICATORS
                : printed.stream().anyMatch(c -> c.kind() == TableLayout.Kind.CAPTION) ? Shape.BLOCKS
                : labelColumns == 0 ? Shape.ROWS_ACROSS : Shape.GRID;
        for (FormColumn c : table.columns()) {
            columnsByText.putIfAbsent(TableLayout.printedLabel(c.label()), c);
        }
    }

    /**
     * Paints the sheet under the table's title and {@code filer} (who reports for which year).
     *
     * @return where each value cell of the table landed, by cell id, in printed order
     */
    Map<String, Placed> paint(String filer) {
        widths();
        titleRows(layout.columns(), filer);
        for (TableLayout.Cell c : layout.cells()) {
            draw(c);
        }
        if (shape == Shape.ROWS_ACROSS) {
            sheet.getRow(TITLE_ROWS + headerRows).setHeightInPoints(24);
        }
        PrintSetup print = PrintSetup.onePageWideOnA4(sheet).landscape(shape == Shape.GRID
                || shape == Shape.ROWS_ACROSS).centredAcross().sideMargins(0.5);
        if ((shape == Shape.GRID || shape == Shape.INDICATORS) && headerRows > 0) {
            print.repeatingRows(TITLE_ROWS, TITLE_ROWS + headerRows - 1); // the column headers on every page
        }
        return placed;
    }

    private void widths() {
        int w = layout.columns();
        switch (shape) {
            case BLOCKS -> widths(1, 22, w - 1, 18);
            case GRID -> {
                // value columns as wide as their own headers (社会公益组织), bold text a little wider
                int valueChars = layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.HEADER
                        && c.columnSpan() == 1 && c.column() >= labelColumns)
                        .mapToInt(c -> SheetCells.displayWidth(columnHeading(c.text())) + 2).max().orElse(10);
                widths(labelColumns, 10, w - labelColumns, Math.max(10, valueChars));
                sheet.setColumnWidth(labelColumns - 1, 44 * 256);
            }
            case ROWS_ACROSS -> widths(0, 0, w, 9);
            case INDICATORS -> {
                widths(1, 60, w - 1, 12);
                sheet.setColumnWidth(1, 8 * 256);
            }
        }
    }

    private void widths(int labelColumns, int labelChars, int valueColumns, int valueChars) {
        for (int c = 0; c < labelColumns; c++) {
            sheet.setColumnWidth(c, labelChars * 256);
        }
        for (int c = labelColumns; c < labelColumns + valueColumns; c++) {
            sheet.setColumnWidth(c, valueChars * 256);
        }
    }

    private void draw(TableLayout.Cell c) {
        int r1 = TITLE_ROWS + c.row();
        int r2 = r1 + c.rowSpan() - 1;
        int c1 = c.column();
        int c2 = c1 + c.columnSpan() - 1;
        switch (c.kind()) {
            case VALUE -> {
                CellDefinition d = form.cell(c.cellId()).orElseThrow();
                placed.put(d.id(), new Placed(sheet, new CellAddress(r1, c1), d));
                cells.merge(r1, r2, c1, c2, styles.border);
            }
            case CAPTION -> cells.textIn(r1, r2, c1, c2, c.text(), styles.caption);
            case UNIT -> cells.textIn(r1, r2, c1, c2, c.text(), styles.centered);
            case HEADER -> {
                boolean note = shape == Shape.GRID && c.row() == 0 && c.column() == 0; // T3's 勾稽关系
                String text = columnHeading(c.text());
                cells.textIn(r1, r2, c1, c2, text, note ? styles.note : styles.header);
                if (shape == Shape.BLOCKS) {
                    if (sheet.getRow(r1).getHeightInPoints() < 30) {
                        sheet.getRow(r1).setHeightInPoints(30);
                    }
                    cells.fitHeight(r1, text, widthChars(c1, c2));
                }
            }
            case LABEL -> {
                if (shape == Shape.INDICATORS) {
                    if (c.text().isEmpty() && c.column() > 0) {
                        cells.merge(r1, r2, c1, c2, styles.border); // the value column of a heading row
                    } else {
                        boolean heading = !valueRows.contains(c.row());
                        cells.textIn(r1, r2, c1, c2, c.text(), styles.indented(c.depth(), heading));
                        cells.fitHeight(r1, c.text(), 60 - 2 * c.depth());
                    }
                } else if (c2 < labelColumns - 1) {
                    cells.textIn(r1, r2, c1, c2, c.text(), styles.groupLabel); // a row group, merged down
                } else {
                    cells.textIn(r1, r2, c1, c2, c.text(), styles.label);
                    if (shape == Shape.GRID) {
                        cells.fitHeight(r1, c.text(), widthChars(c1, c2));
                    }
                }
            }
        }
    }

    /** Title row and a line with who reports for which year and the table's unit. */
    private void titleRows(int width, String filer) {
        cells.text(0, 0, TableNames.title(table), styles.title);
        cells.merge(0, 0, 0, width - 1, styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        String unit = commonUnit().map(u -> "单位：" + u).orElse("");
        int leftEnd = Math.max(0, width - 3);
        cells.text(1, 0, filer, styles.plain);
        if (leftEnd > 0) {
            cells.merge(1, 1, 0, leftEnd, styles.plain);
        }
        if (!unit.isEmpty() && width > 1) {
            cells.text(1, leftEnd + 1, unit, styles.right);
            if (leftEnd + 1 < width - 1) {
                cells.merge(1, 1, leftEnd + 1, width - 1, styles.right);
            }
        }
    }

    /** The unit most columns share (printed above the table); legacy rows each print their own. */
    private Optional<String> commonUnit() {
        if (shape == Shape.INDICATORS) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CellDefinition c : table.cells()) {
            if (!c.unit().isEmpty()) {
                counts.merge(c.unit(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** A header naming a form column whose unit differs from the one above the table says its unit. */
    private String columnHeading(String printed) {
        FormColumn column = columnsByText.get(printed);
        if (column != null && !column.unit().isEmpty() && !printed.contains(column.unit())
                && !commonUnit().equals(Optional.of(column.unit()))) {
            return printed + "（" + column.unit() + "）";
        }
        return printed;
    }

    private int widthChars(int c1, int c2) {
        int w = 0;
        for (int c = c1; c <= c2; c++) {
            w += sheet.getColumnWidth(c) / 256;
        }
        return w;
    }
}
