package io.github.disclosurereport.write;

import io.github.disclosurereport.read.exported.IdSheet;
import io.github.disclosurereport.read.exported.IdSheet.InfoKey;
import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.validate.Finding;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the workbook of one report: a sheet per table of the report's form in its printed {@link TableLayout}
 * (derived from the {@link FormDefinition}, the same layout the .docx writer prints), plus 报告信息, optional 校验结果 and the
 * hidden id sheet.
 *
 * <p>Cells: an input cell holds the report's number, or its printed text for NOT_APPLICABLE/TEXT cells (so "—"
 * stays visible as printed; data validation only judges what a user types, so the text does not block the
 * file, and a user who replaces it must type a number). Blank stays blank. A derived cell (a total, see
 * {@link DerivedCells}) is a live formula that stays blank while all its parts are blank; when the report's
 * printed value differs from that sum, the formula shows the sum and a note on the cell shows the printed value.
 * The id sheet keeps the printed cell, so reading the workbook back gives the report as printed until someone
 * changes the cell's parts.
 */
public final class WorkbookBuilder {

    private static final String FONT = "宋体";
    private static final String FINDINGS_SHEET = "校验结果";
    private static final short BASE_POINTS = 11;

    private final Report report;
    private final FormDefinition form;
    private final Map<String, List<String>> derived;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles;
    /** Where each form cell landed: sheet and address. */
    private final Map<String, Placed> placed = new LinkedHashMap<>();

    private record Placed(XSSFSheet sheet, CellAddress address, CellDefinition definition) {
        String reference() {
            return address.formatAsString();
        }
    }

    public WorkbookBuilder(Report report) {
        this(report, FormSet.standard());
    }

    /** Lays the report out in the form it was read with, as {@code forms} resolves it. */
    public WorkbookBuilder(Report report, FormSet forms) {
        this.report = report;
        this.form = forms.form(report.format(), report.source().form());
        this.derived = DerivedCells.of(form);
        this.styles = new Styles(wb);
    }

    public XSSFWorkbook build(List<Finding> findings) {
        XSSFSheet info = wb.createSheet(IdSheet.INFO_SHEET);
        for (FormTable table : form.tables()) {
            new TableSheet(wb.createSheet(TableNames.sheetName(table.code())), table).write();
        }
        writeValues();
        // Cached values for every formula, so any program shows the right totals without recalculating.
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        noteDisagreeingTotals();
        writeInfo(info);
        if (findings != null) {
            writeFindings(wb.createSheet(FINDINGS_SHEET), findings);
        }
        writeIds(wb.createSheet(IdSheet.NAME));
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            // Locked without a password: a user who means to change labels or formulas can unprotect knowingly.
            s.enableLocking();
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
        }
        wb.setActiveSheet(form.tables().isEmpty() ? 0 : 1);
        wb.setSelectedTab(form.tables().isEmpty() ? 0 : 1);
        return wb;
    }

    // ---------------------------------------------------------------------------------------------- layouts

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

    /** Rows above the table: the title and the line with organization, year and unit (workbook only). */
    private static final int TITLE_ROWS = 2;

    /**
     * One table sheet: the workbook's title lines over the table's printed {@link TableLayout} — the layout the .docx
     * writer renders too — drawn cell by cell in the workbook's styles. Value cells are placed under their ids for
     * the values, formulas, validation and the id sheet.
     */
    private final class TableSheet {
        final XSSFSheet sheet;
        final FormTable table;
        final TableLayout layout;
        final Shape shape;
        /** Layout columns left of the first value column (the label columns). */
        final int labelColumns;
        /** Layout rows above the first row label or value (the header rows). */
        final int headerRows;
        /** Layout rows that hold a value cell (a legacy row without one is a heading). */
        final Set<Integer> valueRows = new HashSet<>();
        final Map<String, FormColumn> columnsByText = new HashMap<>();

        TableSheet(XSSFSheet sheet, FormTable table) {
            this.sheet = sheet;
            this.table = table;
            this.layout = TableLayout.of(form, table.code());
            List<TableLayout.Cell> cells = layout.cells();
            this.labelColumns = cells.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE)
                    .mapToInt(TableLayout.Cell::column).min().orElse(0);
            this.headerRows = cells.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE
                    || c.kind() == TableLayout.Kind.LABEL).mapToInt(TableLayout.Cell::row).min().orElse(0);
            cells.stream().filter(c -> c.kind() == TableLayout.Kind.VALUE).forEach(c -> valueRows.add(c.row()));
            this.shape = cells.stream().anyMatch(c -> c.kind() == TableLayout.Kind.UNIT) ? Shape.INDICATORS
                    : cells.stream().anyMatch(c -> c.kind() == TableLayout.Kind.CAPTION) ? Shape.BLOCKS
                    : labelColumns == 0 ? Shape.ROWS_ACROSS : Shape.GRID;
            for (FormColumn c : table.columns()) {
                columnsByText.putIfAbsent(TableLayout.printedLabel(c.label()), c);
            }
        }

        void write() {
            widths();
            titleRows(layout.columns());
            for (TableLayout.Cell c : layout.cells()) {
                draw(c);
            }
            if (shape == Shape.ROWS_ACROSS) {
                sheet.getRow(TITLE_ROWS + headerRows).setHeightInPoints(24);
            }
            boolean repeatHeader = shape == Shape.GRID || shape == Shape.INDICATORS;
            printSetup(shape == Shape.GRID || shape == Shape.ROWS_ACROSS, repeatHeader ? TITLE_ROWS : -1,
                    repeatHeader ? TITLE_ROWS + headerRows - 1 : -2);
        }

        private void widths() {
            int w = layout.columns();
            switch (shape) {
                case BLOCKS -> widths(1, 22, w - 1, 18);
                case GRID -> {
                    // value columns as wide as their own headers (社会公益组织), bold text a little wider
                    int valueChars = layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.HEADER
                            && c.columnSpan() == 1 && c.column() >= labelColumns)
                            .mapToInt(c -> displayWidth(columnHeading(c.text())) + 2).max().orElse(10);
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

        private void draw(TableLayout.Cell c) {
            int r1 = TITLE_ROWS + c.row();
            int r2 = r1 + c.rowSpan() - 1;
            int c1 = c.column();
            int c2 = c1 + c.columnSpan() - 1;
            switch (c.kind()) {
                case VALUE -> {
                    CellDefinition d = form.cell(c.cellId()).orElseThrow();
                    placed.put(d.id(), new Placed(sheet, new CellAddress(r1, c1), d));
                    merge(r1, r2, c1, c2, styles.border);
                }
                case CAPTION -> textIn(r1, r2, c1, c2, c.text(), styles.caption);
                case UNIT -> textIn(r1, r2, c1, c2, c.text(), styles.centered);
                case HEADER -> {
                    boolean note = shape == Shape.GRID && c.row() == 0 && c.column() == 0; // T3's 勾稽关系
                    String text = columnHeading(c.text());
                    textIn(r1, r2, c1, c2, text, note ? styles.note : styles.header);
                    if (shape == Shape.BLOCKS) {
                        if (sheet.getRow(r1).getHeightInPoints() < 30) {
                            sheet.getRow(r1).setHeightInPoints(30);
                        }
                        fitHeight(r1, text, widthChars(c1, c2));
                    }
                }
                case LABEL -> {
                    if (shape == Shape.INDICATORS) {
                        if (c.text().isEmpty() && c.column() > 0) {
                            merge(r1, r2, c1, c2, styles.border); // the value column of a heading row
                        } else {
                            boolean heading = !valueRows.contains(c.row());
                            textIn(r1, r2, c1, c2, c.text(), styles.indented(c.depth(), heading));
                            fitHeight(r1, c.text(), 60 - 2 * c.depth());
                        }
                    } else if (c2 < labelColumns - 1) {
                        textIn(r1, r2, c1, c2, c.text(), styles.groupLabel); // a row group, merged down
                    } else {
                        textIn(r1, r2, c1, c2, c.text(), styles.label);
                        if (shape == Shape.GRID) {
                            fitHeight(r1, c.text(), widthChars(c1, c2));
                        }
                    }
                }
            }
        }

        /** Title row and a line with organization, year and the table's unit. */
        private void titleRows(int width) {
            text(0, 0, TableNames.title(table.code()), styles.title);
            merge(0, 0, 0, width - 1, styles.title);
            sheet.getRow(0).setHeightInPoints(30);
            Metadata m = report.metadata();
            String who = m.organization().isEmpty() ? "" : "填报单位：" + m.organization();
            String year = m.year() == null ? "" : "报告年度：" + m.year() + "年";
            String left = (who + "　　" + year).strip();
            String unit = commonUnit().map(u -> "单位：" + u).orElse("");
            int leftEnd = Math.max(0, width - 3);
            text(1, 0, left, styles.plain);
            if (leftEnd > 0) {
                merge(1, 1, 0, leftEnd, styles.plain);
            }
            if (!unit.isEmpty() && width > 1) {
                text(1, leftEnd + 1, unit, styles.right);
                if (leftEnd + 1 < width - 1) {
                    merge(1, 1, leftEnd + 1, width - 1, styles.right);
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

        private void textIn(int r1, int r2, int c1, int c2, String text, XSSFCellStyle style) {
            text(r1, c1, text, style);
            merge(r1, r2, c1, c2, style);
        }

        private void text(int r, int c, String text, XSSFCellStyle style) {
            org.apache.poi.ss.usermodel.Cell cell = cellAt(r, c);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        private org.apache.poi.ss.usermodel.Cell cellAt(int r, int c) {
            Row row = sheet.getRow(r);
            if (row == null) {
                row = sheet.createRow(r);
            }
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
            return cell == null ? row.createCell(c) : cell;
        }

        /** Merges and styles every covered cell, so borders print all round the merged area. */
        private void merge(int r1, int r2, int c1, int c2, XSSFCellStyle style) {
            for (int r = r1; r <= r2; r++) {
                for (int c = c1; c <= c2; c++) {
                    cellAt(r, c).setCellStyle(style);
                }
            }
            if (r1 != r2 || c1 != c2) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }

        private void printSetup(boolean landscape, int headerFirst, int headerLast) {
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(landscape);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0); // as many pages down as needed, always one page wide
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.5);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.5);
            if (headerLast >= headerFirst) {
                sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
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

        /** Rows do not grow for wrapped text in merged cells by themselves: give the row the lines it needs. */
        private void fitHeight(int r, String text, int widthChars) {
            int lines = Math.max(1, (int) Math.ceil(displayWidth(text) / (double) Math.max(4, widthChars - 2)));
            Row row = sheet.getRow(r);
            float wanted = lines * 14.5f + 4f;
            if (row != null && row.getHeightInPoints() < wanted) {
                row.setHeightInPoints(wanted);
            }
        }

        private int widthChars(int c1, int c2) {
            int w = 0;
            for (int c = c1; c <= c2; c++) {
                w += sheet.getColumnWidth(c) / 256;
            }
            return w;
        }
    }

    /** Columns a text needs: CJK and full-width characters count two. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    // ----------------------------------------------------------------------------------------------- values

    private void writeValues() {
        Map<XSSFSheet, Map<ValueKind, CellRangeAddressList>> inputs = new LinkedHashMap<>();
        for (Placed p : placed.values()) {
            org.apache.poi.ss.usermodel.Cell cell = p.sheet().getRow(p.address().getRow())
                    .getCell(p.address().getColumn());
            List<String> parts = derived.get(p.definition().id());
            if (parts != null) {
                cell.setCellFormula(sumFormula(p, parts));
                cell.setCellStyle(styles.formula);
                continue;
            }
            cell.setCellStyle(p.definition().kind() == ValueKind.MONEY ? styles.money : styles.input);
            inputs.computeIfAbsent(p.sheet(), k -> new EnumMap<>(ValueKind.class))
                    .computeIfAbsent(p.definition().kind(), k -> new CellRangeAddressList())
                    .addCellRangeAddress(p.address().getRow(), p.address().getColumn(), p.address().getRow(),
                            p.address().getColumn());
            Cell c = report.cells().get(p.definition().id());
            if (c == null) {
                continue;
            }
            switch (c.state()) {
                case NUMBER -> cell.setCellValue(c.value().doubleValue());
                case NOT_APPLICABLE, TEXT -> cell.setCellValue(shownText(c));
                case EMPTY -> cell.setBlank();
            }
        }
        inputs.forEach((sheet, byKind) -> byKind.forEach((kind, ranges) -> validate(sheet, kind, ranges)));
    }

    /** Printed text of a NOT_APPLICABLE/TEXT cell; a program-built one without text shows a dash. */
    static String shownText(Cell c) {
        if (!c.raw().isBlank()) {
            return c.raw();
        }
        return c.state() == CellState.NOT_APPLICABLE ? "—" : "";
    }

    /** Blank while all parts are blank (blank and zero stay distinct), else the sum. */
    private String sumFormula(Placed target, List<String> parts) {
        List<CellAddress> addresses = new ArrayList<>();
        for (String id : parts) {
            Placed p = placed.get(id);
            if (p != null && p.sheet() == target.sheet()) {
                addresses.add(p.address());
            }
        }
        String list = String.join(",", ranges(addresses));
        return "IF(COUNT(" + list + ")=0,\"\",SUM(" + list + "))";
    }

    /** Runs of neighbouring cells in one column or one row become A1:A9 ranges. */
    static List<String> ranges(List<CellAddress> addresses) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < addresses.size()) {
            CellAddress start = addresses.get(i);
            int j = i;
            while (j + 1 < addresses.size()) {
                CellAddress a = addresses.get(j);
                CellAddress b = addresses.get(j + 1);
                boolean down = a.getColumn() == b.getColumn() && b.getRow() == a.getRow() + 1
                        && start.getColumn() == a.getColumn();
                boolean across = a.getRow() == b.getRow() && b.getColumn() == a.getColumn() + 1
                        && start.getRow() == a.getRow();
                if (!down && !across) {
                    break;
                }
                j++;
            }
            CellAddress end = addresses.get(j);
            out.add(i == j ? start.formatAsString() : start.formatAsString() + ":" + end.formatAsString());
            i = j + 1;
        }
        return out;
    }

    private void validate(XSSFSheet sheet, ValueKind kind, CellRangeAddressList ranges) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String prompt;
        switch (kind) {
            case MONEY -> {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        "0", null);
                prompt = "请填写不小于0的数（可带小数）；不适用可留空。";
            }
            case SIGNED -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999", "999999999");
                prompt = "请填写整数，减少填负数（如 -4）；不适用可留空。";
            }
            default -> {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        "0", null);
                prompt = "请填写不小于0的整数；不适用可留空。";
            }
        }
        DataValidation v = helper.createValidation(constraint, ranges);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("数值不符合要求", prompt);
        sheet.addValidationData(v);
    }

    /** A derived cell whose printed value differs from the sum gets a note with the printed value. */
    private void noteDisagreeingTotals() {
        XSSFCreationHelper helper = wb.getCreationHelper();
        Map<XSSFSheet, XSSFDrawing> drawings = new HashMap<>();
        for (Placed p : placed.values()) {
            if (!derived.containsKey(p.definition().id())) {
                continue;
            }
            Cell printed = report.cells().get(p.definition().id());
            if (printed == null || agrees(printed, contentOf(p))) {
                continue;
            }
            String text = switch (printed.state()) {
                case NUMBER -> "原表填报数为 " + printed.raw().strip() + "，与各分项之和不一致；本格按公式显示分项之和。";
                case EMPTY -> "原表此格空白；本格按公式显示分项之和。";
                default -> "原表填写“" + printed.raw() + "”；本格按公式显示分项之和。";
            };
            XSSFDrawing drawing = drawings.computeIfAbsent(p.sheet(), XSSFSheet::createDrawingPatriarch);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(p.address().getColumn() + 1);
            anchor.setCol2(p.address().getColumn() + 4);
            anchor.setRow1(p.address().getRow());
            anchor.setRow2(p.address().getRow() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor("disclosure-report");
            p.sheet().getRow(p.address().getRow()).getCell(p.address().getColumn()).setCellComment(comment);
        }
    }

    private static boolean agrees(Cell printed, String content) {
        return switch (printed.state()) {
            case NUMBER -> content.equals(IdSheet.numberContent(printed.value().doubleValue()));
            case EMPTY -> content.equals(IdSheet.BLANK);
            default -> false;
        };
    }

    /** What the cell holds now (formulas: their cached result). */
    private String contentOf(Placed p) {
        org.apache.poi.ss.usermodel.Cell cell = p.sheet().getRow(p.address().getRow())
                .getCell(p.address().getColumn());
        return IdSheet.contentOf(cell);
    }

    // ------------------------------------------------------------------------------------------ other sheets

    private record InfoLine(String label, String value, InfoKey key) {
    }

    private void writeInfo(XSSFSheet sheet) {
        Metadata m = report.metadata();
        List<InfoLine> lines = new ArrayList<>();
        lines.add(new InfoLine("标题", m.title(), InfoKey.TITLE));
        lines.add(new InfoLine("机关名称", m.organization(), InfoKey.ORGANIZATION));
        lines.add(new InfoLine("报送机关", m.addressee(), InfoKey.ADDRESSEE));
        lines.add(new InfoLine("报告年度", m.year() == null ? "" : m.year().toString(), InfoKey.YEAR));
        lines.add(new InfoLine("落款日期（原文）", m.dateText(), InfoKey.DATE_TEXT));
        lines.add(new InfoLine("落款日期（年-月-日）", m.date() == null ? "" : m.date().toString(),
                InfoKey.DATE));
        if (report.format() == ReportFormat.LEGACY_2008) {
            SignOff s = report.signOff();
            lines.add(new InfoLine("单位名称", s.unitName(), InfoKey.UNIT_NAME));
            lines.add(new InfoLine("单位负责人", s.unitHead(), InfoKey.UNIT_HEAD));
            lines.add(new InfoLine("审核人", s.reviewer(), InfoKey.REVIEWER));
            lines.add(new InfoLine("填报人", s.preparer(), InfoKey.PREPARER));
            lines.add(new InfoLine("联系电话", s.phone(), InfoKey.PHONE));
            lines.add(new InfoLine("填报日期", s.fillDate(), InfoKey.FILL_DATE));
        }
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("报告信息");
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        Row head = sheet.createRow(1);
        head.createCell(0).setCellValue("项目");
        head.createCell(1).setCellValue("内容");
        head.getCell(0).setCellStyle(styles.header);
        head.getCell(1).setCellStyle(styles.header);
        int r = 2;
        Row format = sheet.createRow(r++);
        format.createCell(0).setCellValue("表格格式");
        format.createCell(1).setCellValue(TableNames.formatName(report.format()));
        format.createCell(IdSheet.INFO_KEY_COLUMN).setCellValue(InfoKey.FORMAT.key());
        format.getCell(0).setCellStyle(styles.label);
        format.getCell(1).setCellStyle(styles.label); // locked: the cell ids depend on the format
        for (InfoLine line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.label());
            row.getCell(0).setCellStyle(styles.label);
            org.apache.poi.ss.usermodel.Cell value = row.createCell(IdSheet.INFO_VALUE_COLUMN);
            if (line.key() == InfoKey.YEAR && !line.value().isEmpty()) {
                value.setCellValue(Integer.parseInt(line.value()));
            } else {
                value.setCellValue(line.value());
            }
            value.setCellStyle(styles.infoInput);
            row.createCell(IdSheet.INFO_KEY_COLUMN).setCellValue(line.key().key());
        }
        Row hint = sheet.createRow(r + 1);
        hint.createCell(0).setCellValue("说明：各表中带底色的单元格可填写，合计单元格为公式，自动求和；"
                + "若原报告的合计与分项之和不一致，单元格批注中保留原报告所填数。");
        hint.getCell(0).setCellStyle(styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 1));
        hint.setHeightInPoints(45);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnHidden(IdSheet.INFO_KEY_COLUMN, true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, 1, 0, r + 1);
    }

    private void writeFindings(XSSFSheet sheet, List<Finding> findings) {
        String[] headings = {"序号", "规则", "级别", "说明", "涉及单元格", "位置"};
        Row head = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            head.createCell(c).setCellValue(headings[c]);
            head.getCell(c).setCellStyle(styles.header);
        }
        if (findings.isEmpty()) {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("未发现问题");
            row.getCell(0).setCellStyle(styles.plain);
        }
        XSSFCreationHelper helper = wb.getCreationHelper();
        int r = 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r);
            String[] values = {Integer.toString(r), f.rule(), f.severity().chinese(), f.message(),
                    describeCells(f.cells()), f.location().describe()};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
                row.getCell(c).setCellStyle(styles.label);
            }
            float lines = Math.max(1, (float) Math.ceil(Math.max(displayWidth(values[3]) / 58.0,
                    displayWidth(values[4]) / 34.0)));
            row.setHeightInPoints(lines * 14.5f + 4f);
            Optional<Placed> first = f.cells().stream().map(placed::get).filter(java.util.Objects::nonNull)
                    .findFirst();
            if (first.isPresent()) {
                XSSFHyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + first.get().sheet().getSheetName() + "'!" + first.get().reference());
                row.getCell(4).setHyperlink(link);
            }
            r++;
        }
        int[] widths = {6, 10, 8, 60, 36, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    /** Cell ids with where they are in this workbook, e.g. T3:R1:total（表三 依申请公开!J6）. */
    private String describeCells(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Placed p = placed.get(id);
            out.add(p == null ? id : id + "（" + p.sheet().getSheetName() + "!" + p.reference() + "）");
        }
        return String.join("、", out);
    }

    private void writeIds(XSSFSheet sheet) {
        List<IdSheet.Line> lines = new ArrayList<>();
        for (Placed p : placed.values()) {
            String id = p.definition().id();
            lines.add(IdSheet.Line.of(id, p.sheet().getSheetName(), p.reference(), report.cells().get(id),
                    contentOf(p), derived.containsKey(id)));
        }
        List<List<String>> rows = IdSheet.rows(report.format(), form.name(), lines);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        for (int i = 0; i < IdSheet.COLUMNS; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    // ----------------------------------------------------------------------------------------------- styles

    private static final class Styles {
        final XSSFWorkbook wb;
        final XSSFCellStyle title;
        final XSSFCellStyle plain;
        final XSSFCellStyle right;
        final XSSFCellStyle caption;
        final XSSFCellStyle header;
        final XSSFCellStyle note;
        final XSSFCellStyle label;
        final XSSFCellStyle groupLabel;
        final XSSFCellStyle centered;
        final XSSFCellStyle border;
        final XSSFCellStyle input;
        final XSSFCellStyle money;
        final XSSFCellStyle formula;
        final XSSFCellStyle infoInput;
        private final Map<String, XSSFCellStyle> indented = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            XSSFFont normal = font(false, BASE_POINTS);
            XSSFFont bold = font(true, BASE_POINTS);
            title = style(font(true, (short) 16), HorizontalAlignment.CENTER, false);
            plain = style(normal, HorizontalAlignment.LEFT, false);
            plain.setWrapText(true);
            right = style(normal, HorizontalAlignment.RIGHT, false);
            caption = style(bold, HorizontalAlignment.LEFT, true);
            fill(caption, new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2});
            header = style(bold, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            note = style(font(false, (short) 10), HorizontalAlignment.CENTER, true);
            note.setWrapText(true);
            label = style(normal, HorizontalAlignment.LEFT, true);
            label.setWrapText(true);
            groupLabel = style(normal, HorizontalAlignment.CENTER, true);
            groupLabel.setWrapText(true);
            centered = style(normal, HorizontalAlignment.CENTER, true);
            border = style(normal, HorizontalAlignment.CENTER, true);
            input = style(normal, HorizontalAlignment.CENTER, true);
            input.setLocked(false);
            input.setDataFormat(wb.createDataFormat().getFormat("0"));
            fill(input, new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0xE6});
            money = style(normal, HorizontalAlignment.CENTER, true);
            money.setLocked(false);
            money.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
            fill(money, new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0xE6});
            formula = style(bold, HorizontalAlignment.CENTER, true);
            formula.setDataFormat(wb.createDataFormat().getFormat("0"));
            infoInput = style(normal, HorizontalAlignment.LEFT, true);
            infoInput.setLocked(false);
            infoInput.setWrapText(true);
            fill(infoInput, new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0xE6});
        }

        XSSFCellStyle indented(int depth, boolean heading) {
            return indented.computeIfAbsent(depth + ":" + heading, k -> {
                XSSFCellStyle s = style(heading ? font(true, BASE_POINTS) : font(false, BASE_POINTS),
                        HorizontalAlignment.LEFT, true);
                s.setIndention((short) Math.min(depth * 2, 15));
                s.setWrapText(true);
                return s;
            });
        }

        private final Map<String, XSSFFont> fonts = new HashMap<>();

        private XSSFFont font(boolean bold, short points) {
            return fonts.computeIfAbsent(bold + ":" + points, k -> {
                XSSFFont f = wb.createFont();
                f.setFontName(FONT);
                f.setCharSet(org.apache.poi.common.usermodel.fonts.FontCharset.GB2312.getNativeId());
                f.setFontHeightInPoints(points);
                f.setBold(bold);
                return f;
            });
        }

        private XSSFCellStyle style(Font font, HorizontalAlignment align, boolean bordered) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (bordered) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }

        private static void fill(XSSFCellStyle s, byte[] rgb) {
            s.setFillForegroundColor(new XSSFColor(rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
