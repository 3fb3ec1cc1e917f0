package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.ChineseDates;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.LegacyIndicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy 政府信息公开工作情况统计表 (and unknown statistics tables) from the neutral intermediate. Printed rows
 * are matched to the form's rows by normalised label in printed order (labels repeat, indentation is
 * unreliable); the label, unit and value columns are found by the headers the form's data names
 * ({@link PrintedHeaders}) or, failing that, by their unit words. Nothing
 * read is dropped: rows no form row describes, and statistics tables that are no known form, become
 * {@link GenericTable}s with a note.
 */
final class LegacyStatisticsMapper {

    private static final Pattern UNIT_NAME = Pattern.compile("(?:单位名称|填报单位)[\\s\\u3000]*[：:][\\s\\u3000]*(.*)");
    private static final Pattern TABLE_YEAR = Pattern.compile(
            "[（(][\\s\\u3000]*((?:19|20)\\d{2})[\\s\\u3000]*年度?[\\s\\u3000]*[)）]");
    private static final Pattern FOOTER_FIELD = Pattern.compile(
            "(单位负责人|审核人|填报人|填表人|制表人|联系电话|填报日期|填表日期)[\\s\\u3000]*[：:]"
                    + "(.*?)(?=[\\s\\u3000]*(?:单位负责人|审核人|填报人|填表人|制表人|联系电话|填报日期|填表日期)"
                    + "[\\s\\u3000]*[：:]|$)");
    /** Fewer matched rows than this recognise no form. */
    private static final int MIN_MATCHED_ROWS = 3;
    /** A header printing the report year (2012年度, 2012年) means 本年度. */
    private static final Pattern THIS_YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?$");
    /** How many paragraphs around a table may hold its header (单位名称, 年度) or footer fields. */
    private static final int NEARBY = 6;

    private LegacyStatisticsMapper() {
    }

    /**
     * Maps with the legacy form the statistics tables match best: the configured one (first in {@code family}) or
     * another of the family (a bundled provincial form). A form is recognised when at least half of the printed
     * rows are its rows; of those, the one matching most rows wins (the configured one on a tie). When none is recognised the tables stay generic tables with one note, and the
     * well-known indicators ({@link LegacyIndicators}) are taken from them under the configured form's ids.
     */
    static TableContent map(SourceDocument source, List<FormDefinition> family) {
        FormDefinition configured = family.get(0);
        // a table no form is known to describe is read with the headers and units of all of them
        PrintedHeaders anyForm = new PrintedHeaders(family.stream().flatMap(f -> f.table("L").stream()).toList());
        List<SourceBlock> blocks = source.blocks();
        List<Integer> legacyTables = new ArrayList<>();
        List<Integer> otherStatistics = new ArrayList<>();
        boolean seen = false;
        for (int b = 0; b < blocks.size(); b++) {
            if (!(blocks.get(b) instanceof SourceTable t)) {
                continue;
            }
            // a table broken across pages continues the form with only a few indicator rows
            int hits = FormatDetector.legacyHits(t);
            if (hits >= FormatDetector.LEGACY_MIN_HITS || (seen && hits > 0)) {
                legacyTables.add(b);
                seen = true;
            } else if (Columns.of(t, anyForm, List.of()).looksLikeStatistics(t)) {
                otherStatistics.add(b); // a layout or contact table is neither
            }
        }
        Reading best = null;
        for (FormDefinition form : family) {
            Reading r = new Reading(form, blocks);
            legacyTables.forEach(r::read);
            if (r.recognised() && (best == null || r.matchedRows() > best.matchedRows())) {
                best = r;
            }
        }
        List<GenericTable> generic = new ArrayList<>();
        List<ReadNote> notes = new ArrayList<>();
        Header header = new Header();
        Map<String, Cell> cells = new LinkedHashMap<>();
        FormDefinition used = configured;
        if (best != null) {
            used = best.form;
            cells.putAll(best.cells());
            generic.addAll(best.generic());
            notes.addAll(best.notes);
            header = best.header;
            if (used != configured) {
                notes.add(new ReadNote(ReadNote.Code.FORM_RECOGNISED, best.describe(), List.of(),
                        best.firstLocation));
            }
        } else {
            legacyTables.forEach(otherStatistics::add);
            otherStatistics.sort(Integer::compare);
        }
        // statistics tables no form describes: kept as printed, their well-known indicators taken by meaning
        Map<String, Cell> byMeaning = new LinkedHashMap<>();
        List<String> numbers = new ArrayList<>();
        SourceLocation firstOther = null;
        int keptRows = 0;
        for (int b : otherStatistics) {
            SourceTable t = (SourceTable) blocks.get(b);
            Columns cols = Columns.of(t, anyForm, List.of());
            header.readAround(blocks, b, t);
            GenericTable g = genericTable(t, cols, caption(blocks, b));
            generic.add(g);
            numbers.add(String.valueOf(t.number()));
            keptRows += g.rows().size();
            firstOther = firstOther == null ? t.location(0, 0) : firstOther;
            if (best == null) {
                byMeaning(t, cols, configured, byMeaning);
            }
        }
        if (!numbers.isEmpty()) {
            String known = String.join("、", family.stream().map(f -> f.table("L").map(x -> x.caption().title())
                    .orElse(f.name()) + "（" + f.name() + "）").distinct().toList());
            String taken = byMeaning.isEmpty() ? "" : "；按含义认出的指标（" + String.join("、",
                    byMeaning.keySet().stream().map(id -> configured.cell(id).map(d -> d.row().label()).orElse(id))
                            .toList()) + "）已按" + configured.table("L").map(x -> x.caption().reference()).orElse("统计表")
                    + "的指标读取";
            notes.add(new ReadNote(ReadNote.Code.FORM_NOT_RECOGNISED, "第" + String.join("、", numbers)
                    + "个表格是统计表，但不是已知的统计表格式（" + known + "），已按原样保留" + keptRows + "行数据" + taken
                    + "，请人工核对。", List.copyOf(byMeaning.keySet()), firstOther));
            byMeaning.forEach(cells::putIfAbsent);
        }
        if (best == null && generic.isEmpty()) {
            String title = configured.table("L").map(x -> x.caption().title()).orElse("统计表");
            notes.add(new ReadNote(ReadNote.Code.TABLE_MISSING, "文档中没有找到" + title + "。", List.of(),
                    SourceLocation.DOCUMENT));
        }
        return new TableContent(cells, generic, header.signOff(), notes, header.unitName, header.year, used);
    }

    /** The rows of a table no form describes whose label is a well-known indicator, under the form's ids. */
    private static void byMeaning(SourceTable t, Columns cols, FormDefinition form, Map<String, Cell> out) {
        if (cols.value < 0) {
            return;
        }
        for (int r = cols.firstDataRow; r < t.rowCount(); r++) {
            String label = t.text(r, cols.label);
            Optional<CellDefinition> def = LegacyIndicators.code(label).flatMap(code -> form.cell("L:" + code));
            if (def.isEmpty() || out.containsKey(def.get().id()) || t.cell(r, cols.value) == t.cell(r, cols.label)) {
                continue;
            }
            out.put(def.get().id(), CellValues.parse(def.get(), t.text(r, cols.value), t.location(r, cols.value)));
        }
    }

    /** One legacy form's reading of the statistics tables: what it matched, and what it leaves over. */
    private static final class Reading {
        final FormDefinition form;
        final FormTable table;
        final PrintedHeaders headers;
        final List<SourceBlock> blocks;
        final Map<String, Cell> found = new HashMap<>();
        final List<ReadNote> notes = new ArrayList<>();
        final List<GenericTable.Row> extraRows = new ArrayList<>();
        final Header header = new Header();
        final boolean[] matched;
        final List<Integer> tableNumbers = new ArrayList<>();
        SourceLocation extraAt;
        SourceLocation firstLocation;
        int cursor = -1;
        int printed;
        // the form's names of the table: 统计表 in messages, 政府信息公开工作情况统计表 where the whole title is printed
        final String named;
        final String title;

        Reading(FormDefinition form, List<SourceBlock> blocks) {
            this.form = form;
            this.blocks = blocks;
            this.table = form.table("L").orElseThrow(() -> new IllegalArgumentException(
                    form.name() + " has no legacy statistics table L"));
            this.headers = new PrintedHeaders(List.of(table));
            this.matched = new boolean[table.rows().size()];
            this.named = table.caption().reference();
            this.title = table.caption().title();
        }

        int matchedRows() {
            int n = 0;
            for (boolean m : matched) {
                n += m ? 1 : 0;
            }
            return n;
        }

        /**
         * Most of the printed rows are the form's (a part of the form printed alone, or broken across pages, is still
         * that form; a table most of whose rows the form lacks is another form, not this one with rows missing).
         */
        boolean recognised() {
            int n = matchedRows();
            return n >= MIN_MATCHED_ROWS && 2 * n >= printed;
        }

        String describe() {
            return "第" + String.join("、", tableNumbers.stream().map(String::valueOf).toList()) + "个表格按" + title
                    + "（" + form.name() + "）的格式读取：印有该格式 " + table.rows().size() + " 项指标中的 "
                    + matchedRows() + " 项";
        }

        void read(int b) {
            SourceTable t = (SourceTable) blocks.get(b);
            Columns cols = Columns.of(t, headers, table.columns());
            header.readAround(blocks, b, t);
            tableNumbers.add(t.number());
            if (firstLocation == null) {
                firstLocation = t.location(0, 0);
            }
            for (int r = cols.firstDataRow; r < t.rowCount(); r++) {
                String label = t.text(r, cols.label);
                String key = Labels.keyWithoutNumbering(label);
                if (key.isEmpty()) {
                    continue;
                }
                int row = findRow(table, key, label, cursor, matched);
                if (row < 0) {
                    if (header.absorb(label) || isFootnote(label)) {
                        continue; // a 单位名称, footer or footnote line inside the table (a sheet holds them all)
                    }
                    GenericTable.Row extra = extraRow(t, r, cols);
                    if (extra.values().stream().allMatch(c -> c.state() == CellState.EMPTY)
                            && extra.unit().isEmpty() && extraRows.isEmpty() && isTitleLike(label)) {
                        continue; // a title row such as 政府信息公开工作情况统计表 inside the table
                    }
                    printed++;
                    if (extraRows.isEmpty()) {
                        extraAt = t.location(r, cols.label);
                    }
                    extraRows.add(extra);
                    notes.add(new ReadNote(ReadNote.Code.EXTRA_ROW, named + "第" + (r + 1) + "行“" + Labels.clean(label)
                            + "”不是" + named + "格式中的指标，已单独保留。", List.of(), t.location(r, cols.label)));
                    continue;
                }
                printed++;
                matched[row] = true;
                cursor = row;
                FormRow formRow = table.rows().get(row);
                String raw = cols.value < 0 || t.cell(r, cols.value) == t.cell(r, cols.label) ? ""
                        : t.text(r, cols.value);
                SourceLocation at = cols.value < 0 ? t.location(r, cols.label) : t.location(r, cols.value);
                if (formRow.unit().isEmpty()) {
                    // a heading row carries no value; one printed anyway must not be lost
                    if (!Labels.key(raw).isEmpty()) {
                        if (extraRows.isEmpty()) {
                            extraAt = t.location(r, cols.label);
                        }
                        extraRows.add(extraRow(t, r, cols));
                        notes.add(new ReadNote(ReadNote.Code.EXTRA_ROW, named + "第" + (r + 1) + "行“"
                                + Labels.clean(label) + "”在" + named + "格式中是标题行，不填数值，但填了“"
                                + Labels.clean(raw) + "”，已单独保留。",
                                List.of(), at));
                    }
                    continue;
                }
                String id = "L:" + formRow.code();
                String unit = cols.unit < 0 || t.cell(r, cols.unit) == t.cell(r, cols.label) ? ""
                        : Labels.key(t.text(r, cols.unit));
                if (!unit.isEmpty() && !unit.equals(Labels.key(formRow.unit()))) {
                    notes.add(new ReadNote(ReadNote.Code.UNIT_DIFFERS, named + "第" + (r + 1) + "行“"
                            + Labels.clean(label) + "”的单位印为“" + unit + "”，" + named + "格式规定为“"
                            + formRow.unit() + "”，请核对数值。",
                            List.of(id), t.location(r, cols.unit)));
                }
                found.put(id, CellValues.parse(form.cell(id).orElseThrow(), raw, at));
                // a second value column (历年累计) is kept under the indicator's id and the column's key
                for (int i = 1; i < table.columns().size(); i++) {
                    int k = cols.formColumns.get(i);
                    if (k < 0 || t.cell(r, k) == t.cell(r, cols.label)) {
                        continue;
                    }
                    String second = id + ":" + table.columns().get(i).code();
                    Optional<CellDefinition> d = form.cell(second);
                    if (d.isPresent()) {
                        found.put(second, CellValues.parse(d.get(), t.text(r, k), t.location(r, k)));
                    }
                }
            }
        }

        /** Form cells by id in form order, each missing one noted. */
        Map<String, Cell> cells() {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (CellDefinition def : table.cells()) {
                Cell c = found.get(def.id());
                if (c != null) {
                    cells.put(def.id(), c);
                } else if (def.column() == null) {
                    notes.add(new ReadNote(ReadNote.Code.ROW_MISSING,
                            named + "中没有找到指标“" + def.row().label() + "”，该项未读取。",
                            List.of(def.id()), SourceLocation.DOCUMENT));
                }
            }
            return cells;
        }

        List<GenericTable> generic() {
            return extraRows.isEmpty() ? List.of()
                    : List.of(new GenericTable(title + "（格式以外的行）", valueHeadings(), extraRows, extraAt));
        }

        /**
         * The form's value columns, as the headings of its rows kept apart: each column's label (本年度, 历年累计), or
         * the one value column's header (统计数).
         */
        private List<String> valueHeadings() {
            if (!table.columns().isEmpty()) {
                return table.columns().stream().map(FormColumn::label).toList();
            }
            return List.of(table.header("value").map(FormColumn::label).orElse(""));
        }

        /**
         * A printed row no form row describes, kept with a value under each of the form's value columns (empty when
         * the table does not print that column), so that its values line up with {@link #valueHeadings()}. A printed
         * column that is none of the form's value columns is read for no row of the table, this one included.
         */
        private GenericTable.Row extraRow(SourceTable t, int r, Columns cols) {
            List<Integer> printed = table.columns().isEmpty() ? List.of(cols.value) : cols.formColumns;
            List<Cell> values = new ArrayList<>();
            for (int k : printed) {
                // a form column this table does not print: an empty cell in column 0, at the row's label
                values.add(k >= 0 ? printedCell(t, r, k, cols)
                        : CellValues.parse("G" + t.number() + ":" + (r + 1) + ":0", "", t.location(r, cols.label)));
            }
            return new GenericTable.Row(Labels.clean(t.text(r, cols.label)), unitOf(t, r, cols), values);
        }
    }

    /**
     * The form row a printed label stands for: the first unmatched row with that key after the last match (labels
     * repeat, e.g. （一）市政府及其部门 under 十 and 十一), else any earlier unmatched one; -1 when none.
     */
    private static int findRow(FormTable form, String key, String label, int cursor, boolean[] matched) {
        // the form's label, or another label offices print for the row (a provincial form's 'also')
        int row = findRow(form, cursor, matched, r -> LabelMatcher.plainKey(r.label()).equals(key)
                || r.also().stream().anyMatch(a -> LabelMatcher.plainKey(a).equals(key)));
        if (row >= 0) {
            return row;
        }
        // a printed label may drop or add a bracketed note, e.g. （不同渠道和方式公开相同信息计1条）
        String loose = LabelMatcher.looseKey(label);
        return loose.length() < 2 ? -1 : findRow(form, cursor, matched,
                r -> LabelMatcher.looseKey(r.label()).equals(loose)
                        || r.also().stream().anyMatch(a -> LabelMatcher.looseKey(a).equals(loose)));
    }

    private static int findRow(FormTable form, int cursor, boolean[] matched, Predicate<FormRow> same) {
        List<FormRow> rows = form.rows();
        for (int r = cursor + 1; r < rows.size(); r++) {
            if (!matched[r] && same.test(rows.get(r))) {
                return r;
            }
        }
        for (int r = 0; r <= cursor && r < rows.size(); r++) {
            if (!matched[r] && same.test(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    /** （注：各子栏目数总数要等于总栏目数量） and similar notes printed under the indicators. */
    private static boolean isFootnote(String label) {
        String k = Labels.key(label);
        return k.startsWith("注") || k.startsWith("说明") || k.startsWith("备注");
    }

    private static boolean isTitleLike(String label) {
        String k = Labels.key(label);
        return k.endsWith("统计表") || k.endsWith("情况表") || TABLE_YEAR.matcher(label).find();
    }

    /** A printed row kept as is; its cells get local ids G{table}:{row}:{column} (printed, 1-based). */
    private static GenericTable.Row row(SourceTable t, int r, Columns cols) {
        List<Cell> values = new ArrayList<>();
        for (int c : cols.values) {
            values.add(printedCell(t, r, c, cols));
        }
        return new GenericTable.Row(Labels.clean(t.text(r, cols.label)), unitOf(t, r, cols), values);
    }

    /** A printed value cell of a kept row, with the local id G{table}:{row}:{column}. */
    private static Cell printedCell(SourceTable t, int r, int c, Columns cols) {
        String raw = t.cell(r, c) == t.cell(r, cols.label) ? "" : t.text(r, c);
        return CellValues.parse("G" + t.number() + ":" + (r + 1) + ":" + (c + 1), raw, t.location(r, c));
    }

    private static String unitOf(SourceTable t, int r, Columns cols) {
        String unit = cols.unit < 0 || t.cell(r, cols.unit) == t.cell(r, cols.label) ? "" : t.text(r, cols.unit);
        return Labels.clean(unit);
    }

    private static GenericTable genericTable(SourceTable t, Columns cols, String caption) {
        List<String> headings = new ArrayList<>();
        for (int c : cols.values) {
            headings.add(cols.headerRow < 0 ? "第" + (c + 1) + "列" : Labels.clean(t.text(cols.headerRow, c)));
        }
        List<GenericTable.Row> rows = new ArrayList<>();
        for (int r = cols.firstDataRow; r < t.rowCount(); r++) {
            if (Labels.key(t.text(r, cols.label)).isEmpty()) {
                continue;
            }
            rows.add(row(t, r, cols));
        }
        return new GenericTable(caption, headings, rows, t.location(0, 0));
    }

    /** The nearest short paragraph before a table, e.g. its printed title. */
    private static String caption(List<SourceBlock> blocks, int tableIndex) {
        for (int k = tableIndex - 1; k >= 0 && k >= tableIndex - NEARBY; k--) {
            if (blocks.get(k) instanceof SourceTable) {
                break;
            }
            String t = ChineseDates.strip(((SourceParagraph) blocks.get(k)).text());
            if (!t.isEmpty() && t.length() <= 40 && (t.contains("表") || t.contains("统计"))) {
                return t;
            }
        }
        return "";
    }

    /** Which grid columns hold the label, the unit and the values, and where the data rows start. */
    private static final class Columns {
        int headerRow = -1;
        int label = 0;
        int unit = -1;
        int value = -1;
        List<Integer> values = new ArrayList<>();
        int firstDataRow = 0;
        boolean unitHeader;

        /** Printed grid column of each form value column (-1 when not printed); empty for a one-value form. */
        List<Integer> formColumns = new ArrayList<>();

        /**
         * The columns of a printed table, found by the headers in {@code words} (else by its unit words); {@code form}
         * are the value columns of the form it is read with, empty for a single-value form or no form.
         */
        static Columns of(SourceTable t, PrintedHeaders words, List<FormColumn> form) {
            Columns c = new Columns();
            for (int r = 0; r < Math.min(t.rowCount(), 10) && c.headerRow < 0; r++) {
                int label = -1;
                int unit = -1;
                for (int k = 0; k < t.columnCount(); k++) {
                    String text = t.text(r, k);
                    if (unit < 0 && words.isUnit(text)) {
                        unit = k;
                    } else if (label < 0 && words.isLabel(text)) {
                        label = k;
                    }
                }
                if (unit >= 0 || label >= 0) {
                    c.headerRow = r;
                    c.label = Math.max(label, 0);
                    c.unit = unit;
                    c.unitHeader = unit >= 0;
                }
            }
            if (c.headerRow < 0) {
                c.byContent(t, words);
            }
            c.firstDataRow = c.headerRow + 1;
            int after = Math.max(c.label, c.unit);
            GridCell previousHeader = null;
            for (int k = after + 1; k < t.columnCount(); k++) {
                GridCell h = c.headerRow >= 0 ? t.cell(c.headerRow, k) : null;
                if (h != null && h == previousHeader) {
                    continue;
                }
                if (h != null && c.headerRow >= 0 && (h == t.cell(c.headerRow, c.label)
                        || (c.unit >= 0 && h == t.cell(c.headerRow, c.unit)))) {
                    continue; // a merged header over the label or unit
                }
                if (h != null && words.isRowCode(h.text())) {
                    previousHeader = h;
                    continue; // the rows' codes (定西's 01–35), no values
                }
                previousHeader = h;
                c.values.add(k);
            }
            c.value = c.values.isEmpty() ? -1 : c.values.get(0);
            if (c.headerRow < 0 && c.unit < 0) {
                // neither header nor units: the value column is the first one holding a number
                for (int k : c.values) {
                    if (c.hasNumber(t, k)) {
                        c.value = k;
                        break;
                    }
                }
            }
            if (c.headerRow >= 0 && form.isEmpty()) {
                for (int k : c.values) {
                    if (words.isValue(t.text(c.headerRow, k))) {
                        c.value = k;
                        break;
                    }
                }
            }
            c.assign(t, form);
            return c;
        }

        /**
         * Which printed column holds each of the form's value columns: the one whose header names it (a header
         * printing the year, 2012年度, names 本年度), else the printed value column at the same position.
         */
        private void assign(SourceTable t, List<FormColumn> form) {
            List<Integer> taken = new ArrayList<>();
            for (FormColumn f : form) {
                int at = -1;
                for (int k : values) {
                    if (headerRow >= 0 && !taken.contains(k) && names(t.text(headerRow, k), f)) {
                        at = k;
                        break;
                    }
                }
                formColumns.add(at);
                if (at >= 0) {
                    taken.add(at);
                }
            }
            for (int i = 0; i < form.size(); i++) {
                if (formColumns.get(i) < 0 && i < values.size() && !taken.contains(values.get(i))) {
                    formColumns.set(i, values.get(i));
                    taken.add(values.get(i));
                }
            }
            if (!form.isEmpty()) {
                value = formColumns.get(0);
            }
        }

        private static boolean names(String header, FormColumn f) {
            String key = THIS_YEAR.matcher(Labels.key(header)).replaceFirst("本年度");
            return key.equals(Labels.key(f.label())) || f.also().stream().anyMatch(a -> key.equals(Labels.key(a)));
        }

        /** No header: the unit column is the one mostly holding unit words; the label column is left of it. */
        private void byContent(SourceTable t, PrintedHeaders words) {
            int bestUnit = -1;
            int bestCount = 0;
            for (int k = 0; k < t.columnCount(); k++) {
                int n = 0;
                for (int r = 0; r < t.rowCount(); r++) {
                    if (words.isUnitWord(t.text(r, k))) {
                        n++;
                    }
                }
                if (n > bestCount) {
                    bestCount = n;
                    bestUnit = k;
                }
            }
            // a short continuation table may hold only two or three unit cells
            if (bestUnit > 0 && bestCount >= Math.min(3, Math.max(1, t.rowCount() / 2))) {
                unit = bestUnit;
                label = bestUnit - 1;
            } else {
                label = 0;
            }
        }

        private boolean hasNumber(SourceTable t, int column) {
            for (int r = 0; r < t.rowCount(); r++) {
                if (t.cell(r, column) != t.cell(r, label)
                        && CellValues.parse("x", t.text(r, column), null).state() == CellState.NUMBER) {
                    return true;
                }
            }
            return false;
        }

        boolean looksLikeStatistics(SourceTable t) {
            if (unitHeader) {
                return true;
            }
            boolean numbers = false;
            for (int r = firstDataRow; r < t.rowCount() && !numbers; r++) {
                for (int k : values) {
                    if (CellValues.parse("x", t.text(r, k), null).state() == CellState.NUMBER) {
                        numbers = true;
                        break;
                    }
                }
            }
            return numbers && (unit >= 0 || headerRow >= 0);
        }
    }

    /** 单位名称 and year above the table, sign-off fields below it (or inside it). */
    private static final class Header {
        String unitName = "";
        Integer year;
        final Map<String, String> fields = new LinkedHashMap<>();

        void readAround(List<SourceBlock> blocks, int tableIndex, SourceTable t) {
            for (int k = tableIndex - 1; k >= 0 && k >= tableIndex - NEARBY; k--) {
                if (!(blocks.get(k) instanceof SourceParagraph p)) {
                    break;
                }
                absorb(p.text());
            }
            for (GridCell c : t.cells()) {
                if (UNIT_NAME.matcher(c.text()).find() || FOOTER_FIELD.matcher(c.text()).find()
                        || (year == null && TABLE_YEAR.matcher(c.text()).find() && c.text().length() <= 40)) {
                    absorb(c.text());
                }
            }
            for (int k = tableIndex + 1; k < blocks.size() && k <= tableIndex + NEARBY; k++) {
                if (!(blocks.get(k) instanceof SourceParagraph p)) {
                    break;
                }
                absorb(p.text());
            }
        }

        /** Takes header or footer fields from a line; true when the line held any. */
        boolean absorb(String line) {
            String text = ChineseDates.strip(line);
            boolean any = false;
            Matcher u = UNIT_NAME.matcher(text);
            if (u.find()) {
                String name = u.group(1);
                Matcher f = FOOTER_FIELD.matcher(name);
                if (f.find()) {
                    name = name.substring(0, f.start());
                }
                name = ChineseDates.strip(name);
                if (unitName.isEmpty() && !name.isEmpty()) {
                    unitName = name;
                }
                any = true;
            }
            Matcher y = TABLE_YEAR.matcher(text);
            if (text.length() <= 40 && y.find()) {
                if (year == null) {
                    year = Integer.valueOf(y.group(1));
                }
                any = true;
            }
            Matcher f = FOOTER_FIELD.matcher(text);
            while (f.find()) {
                fields.putIfAbsent(canonical(f.group(1)), ChineseDates.strip(f.group(2)));
                any = true;
            }
            return any;
        }

        private static String canonical(String field) {
            return switch (field) {
                case "填表人", "制表人" -> "填报人";
                case "填表日期" -> "填报日期";
                default -> field;
            };
        }

        SignOff signOff() {
            return new SignOff(unitName, fields.getOrDefault("单位负责人", ""), fields.getOrDefault("审核人", ""),
                    fields.getOrDefault("填报人", ""), fields.getOrDefault("联系电话", ""),
                    fields.getOrDefault("填报日期", ""));
        }
    }
}
