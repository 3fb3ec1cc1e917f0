package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceParagraph;

import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceTable;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.Labels;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables 二、三、四 of the 2019 trial and 2021 formats from the neutral intermediate, mapped to cell ids by labels.
 *
 * <p>A printed table is read as runs of header rows followed by data rows (T2 repeats caption + header for each
 * block). Each data position gets a header path (the header cells above it) and a label path (the label cells to
 * its left); the form row is found from the label path (or from the header path when the table has no label
 * column, as T4), the form column from the header path. Everything comes from the {@link FormDefinition}: which
 * printed table is which form table, the rows, columns, blocks and groups. A row the form does not know is kept
 * as a {@link GenericTable}; a row only the trial form knows (（六）其他处理 printed as one row in a 2021 table)
 * keeps its trial cell ids.
 */
final class StandardTablesMapper {

    /** A printed table needs this many distinct form labels before it counts as that form table. */
    static final int MIN_LABEL_HITS = 3;

    private StandardTablesMapper() {
    }

    static TableContent map(SourceDocument source, FormDefinition form) {
        FormDefinition older = form.format() == ReportFormat.CURRENT_2021 ? Forms.trial2019() : null;
        return new Mapping(source, form, older).run();
    }

    /** The header cells above each grid column of a run of header rows. */
    private record Header(List<List<GridCell>> paths, FormGroup block, List<DataColumn> columns) {
        List<GridCell> path(int column) {
            return column < paths.size() ? paths.get(column) : List.of();
        }
    }

    /** A data column of a header: the form column (of this form or the older one) and the header cell naming it. */
    private record DataColumn(List<FormColumn> candidates, boolean older, GridCell headerCell) {
        FormColumn column() {
            return candidates.get(0);
        }

        /** The candidate of the row's block: a T2 printed without captions has the same header in two blocks. */
        FormColumn columnFor(FormRow row) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            List<FormColumn> same = candidates.stream().filter(c -> c.parent().equals(row.parent())).toList();
            return same.size() == 1 ? same.get(0) : null;
        }
    }

    /** A resolved form row and whether it comes from the older form. */
    private record RowMatch(FormRow row, boolean older) {
    }

    private static final class Mapping {
        private final SourceDocument source;
        private final FormDefinition form;
        private final FormDefinition older;
        private final Map<String, Cell> found = new HashMap<>();
        private final Set<String> olderIds = new HashSet<>();
        private final List<GenericTable> generic = new ArrayList<>();
        private final List<ReadNote> notes = new ArrayList<>();

        Mapping(SourceDocument source, FormDefinition form, FormDefinition older) {
            this.source = source;
            this.form = form;
            this.older = older;
        }

        TableContent run() {
            Map<String, List<SourceTable>> assigned = assign();
            for (FormTable ft : form.tables()) {
                List<SourceTable> tables = assigned.getOrDefault(ft.code(), List.of());
                if (tables.isEmpty()) {
                    notes.add(MappingNotes.tableMissing(ft));
                    continue;
                }
                FormTable oft = older == null ? null : older.table(ft.code()).orElse(null);
                Header carried = null;
                for (SourceTable t : tables) {
                    carried = readTable(t, ft, oft, carried);
                }
                noteMissing(ft, tables.get(0));
            }
            return new TableContent(ordered(), generic, SignOff.EMPTY, notes, "", null);
        }

        // ---- which printed table is which form table ----

        private Map<String, List<SourceTable>> assign() {
            Map<String, List<SourceTable>> out = new LinkedHashMap<>();
            String previousCode = null;
            SourceTable previous = null;
            for (SourceBlock b : source.blocks()) {
                if (b instanceof SourceParagraph p) {
                    if (!Labels.clean(p.text()).isEmpty()) {
                        previous = null; // text between two tables: the second is no continuation
                    }
                    continue;
                }
                SourceTable t = (SourceTable) b;
                String code = bestTable(t);
                if (code == null && previous != null && previous.columnCount() == t.columnCount()
                        && !startsWithHeader(t, form.table(previousCode).orElseThrow())) {
                    code = previousCode; // the rest of a table split by a page break
                }
                if (code != null) {
                    out.computeIfAbsent(code, k -> new ArrayList<>()).add(t);
                    previous = t;
                    previousCode = code;
                } else {
                    previous = null;
                }
            }
            return out;
        }

        private String bestTable(SourceTable t) {
            String best = null;
            int bestScore = 0;
            int second = 0;
            for (FormTable ft : form.tables()) {
                List<String> labels = new ArrayList<>(ft.labels());
                if (older != null) {
                    older.table(ft.code()).ifPresent(x -> labels.addAll(x.labels()));
                }
                // distinct printed labels that are form labels (总计 names a row and a column: it counts once)
                Set<String> hits = new HashSet<>();
                for (GridCell c : t.cells()) {
                    for (String l : labels) {
                        if (LabelMatcher.exact(c.text(), l)) {
                            hits.add(Labels.keyWithoutNumbering(c.text()));
                            break;
                        }
                    }
                }
                int score = hits.size();
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = ft.code();
                } else if (score > second) {
                    second = score;
                }
            }
            return bestScore >= MIN_LABEL_HITS && bestScore > second ? best : null;
        }

        // ---- reading one printed table ----

        /** Reads a printed table; returns its last header so that a continuation table can use it. */
        private Header readTable(SourceTable t, FormTable ft, FormTable oft, Header carried) {
            Header header = carried != null && carried.paths().size() == t.columnCount() ? carried : null;
            int r = 0;
            List<Integer> extraRows = new ArrayList<>();
            while (r < t.rowCount()) {
                if (isHeaderRow(t, r, ft, oft)) {
                    flushExtra(t, ft, header, extraRows);
                    int end = r;
                    while (end + 1 < t.rowCount() && isHeaderRow(t, end + 1, ft, oft)) {
                        end++;
                    }
                    header = header(t, r, end, ft, oft);
                    r = end + 1;
                    continue;
                }
                if (header != null && !readDataRow(t, r, header, ft, oft)) {
                    extraRows.add(r);
                }
                r++;
            }
            flushExtra(t, ft, header, extraRows);
            return header;
        }

        private boolean startsWithHeader(SourceTable t, FormTable ft) {
            FormTable oft = older == null ? null : older.table(ft.code()).orElse(null);
            return t.rowCount() > 0 && isHeaderRow(t, 0, ft, oft);
        }

        /**
         * A header row holds no values and names the form's header: a column, block or note label, or a group that
         * heads columns (申请人情况). Rows and groups of rows (行政复议 and 行政诉讼 in T4, 三、本年度办理结果 in T3) only
         * count in a row without blank cells: a data row of a blank form has blank cells beside its row labels,
         * while a header row with a lost merge has blank cells beside column labels.
         */
        private boolean isHeaderRow(SourceTable t, int r, FormTable ft, FormTable oft) {
            boolean strong = false;
            boolean weak = false;
            boolean blanks = false;
            for (GridCell c : t.rowCells(r)) {
                if (Labels.clean(c.text()).isEmpty()) {
                    blanks = true;
                    continue;
                }
                if (isValueLike(c.text(), ft, oft)) {
                    return false;
                }
                boolean row = isRowOrRowGroup(c.text(), ft) || (oft != null && isRowOrRowGroup(c.text(), oft));
                boolean header = namesHeader(c.text(), ft) || (oft != null && namesHeader(c.text(), oft));
                strong |= header && !row;
                weak |= row;
            }
            return strong || (weak && !blanks);
        }

        private static boolean namesHeader(String text, FormTable ft) {
            for (FormColumn c : ft.columns()) {
                if (LabelMatcher.any(text, c.label())) {
                    return true;
                }
            }
            for (FormGroup g : ft.groups()) {
                if (!ft.headsRows(g) && LabelMatcher.any(text, g.label())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isRowOrRowGroup(String text, FormTable ft) {
            for (FormRow row : ft.rows()) {
                if (LabelMatcher.exact(text, row.label())) {
                    return true;
                }
            }
            for (FormGroup g : ft.groups()) {
                if (ft.headsRows(g) && LabelMatcher.exact(text, g.label())) {
                    return true;
                }
            }
            return false;
        }

        /** Blank, a number, a dash, or a short text with digits that is no label (减4, 251000元). */
        private static boolean isValueLike(String text, FormTable ft, FormTable oft) {
            CellState state = CellValues.parse("", text, null).state();
            if (state != CellState.TEXT) {
                return true;
            }
            String key = Labels.key(text);
            return key.chars().anyMatch(Character::isDigit) && !isLabel(text, ft) && (oft == null || !isLabel(text, oft));
        }

        private static boolean isLabel(String text, FormTable ft) {
            return ft.labels().stream().anyMatch(l -> LabelMatcher.any(text, l));
        }

        private Header header(SourceTable t, int first, int last, FormTable ft, FormTable oft) {
            List<List<GridCell>> paths = new ArrayList<>();
            FormGroup block = null;
            for (int c = 0; c < t.columnCount(); c++) {
                List<GridCell> path = new ArrayList<>();
                for (int r = first; r <= last; r++) {
                    GridCell cell = t.cell(r, c);
                    if (cell != null && !Labels.clean(cell.text()).isEmpty() && !path.contains(cell)) {
                        path.add(cell);
                    }
                }
                paths.add(path);
                if (block == null) {
                    for (GridCell cell : path) {
                        List<FormGroup> m = match(cell.text(), ft.blocks(), FormGroup::label);
                        if (m.size() == 1) {
                            block = m.get(0);
                        }
                    }
                }
            }
            Header h = new Header(paths, block, List.of());
            List<DataColumn> columns = dataColumns(h, ft, oft);
            for (DataColumn dc : columns) {
                if (dc.older()) {
                    List<String> ids = oft.cells().stream().filter(c -> c.column().equals(dc.column())
                            && (h.block() == null || c.block().equals(h.block().code()))).map(CellDefinition::id)
                            .toList();
                    notes.add(MappingNotes.trialColumn(ft, dc.headerCell().text(), ids,
                            t.location(dc.headerCell().row(), dc.headerCell().column())));
                }
            }
            return new Header(paths, block, columns);
        }

        /** The data columns of a header, left to right, one per header cell naming a form column. */
        private List<DataColumn> dataColumns(Header h, FormTable ft, FormTable oft) {
            List<DataColumn> out = new ArrayList<>();
            Set<GridCell> seen = new HashSet<>();
            for (int c = 0; c < h.paths().size(); c++) {
                List<GridCell> path = h.path(c);
                for (int i = path.size() - 1; i >= 0; i--) {
                    GridCell cell = path.get(i);
                    DataColumn dc = columnOf(cell, h, ft, oft);
                    if (dc != null) {
                        if (seen.add(cell)) {
                            out.add(dc);
                        }
                        break;
                    }
                }
            }
            return out;
        }

        private DataColumn columnOf(GridCell cell, Header h, FormTable ft, FormTable oft) {
            String block = h.block() == null ? null : h.block().code();
            List<FormColumn> own = block == null ? ft.columns() : ft.columnsOf(block);
            List<FormColumn> old = oft == null ? List.of() : block == null ? oft.columns() : oft.columnsOf(block);
            List<FormColumn> m = LabelMatcher.exactMatches(cell.text(), own, FormColumn::label);
            if (unambiguous(m)) {
                return new DataColumn(m, false, cell);
            }
            m = LabelMatcher.exactMatches(cell.text(), old, FormColumn::label);
            if (unambiguous(m)) {
                return new DataColumn(m, true, cell);
            }
            m = LabelMatcher.looseMatches(cell.text(), own, FormColumn::label);
            if (unambiguous(m)) {
                return new DataColumn(m, false, cell);
            }
            m = LabelMatcher.looseMatches(cell.text(), old, FormColumn::label);
            return unambiguous(m) ? new DataColumn(m, true, cell) : null;
        }

        /** One column, or one per block (the row's block decides). */
        private static boolean unambiguous(List<FormColumn> m) {
            return m.size() == 1 || (m.size() > 1 && !m.get(0).parent().isEmpty()
                    && m.stream().map(FormColumn::parent).distinct().count() == m.size());
        }

        /** Maps one data row; false when the row is no form row (kept as an extra row). */
        private boolean readDataRow(SourceTable t, int r, Header h, FormTable ft, FormTable oft) {
            List<DataColumn> columns = h.columns();
            if (columns.isEmpty()) {
                return isBlankRow(t, r);
            }
            int firstData = columns.stream().mapToInt(d -> d.headerCell().column()).min().orElse(0);
            List<GridCell> labels = new ArrayList<>();
            for (int c = 0; c < firstData; c++) {
                GridCell cell = t.cell(r, c);
                if (cell != null && !Labels.clean(cell.text()).isEmpty() && !labels.contains(cell)) {
                    labels.add(cell);
                }
            }
            RowMatch labelled = labels.isEmpty() ? null : rowOf(labels, h, ft, oft);
            if (labelled == null && !labels.isEmpty() && !headerNamesRows(h, ft)) {
                // a group label printed on a row of its own carries nothing; any other unknown label is an extra row
                String deepest = labels.get(labels.size() - 1).text();
                return isBlankValues(t, r, firstData)
                        && ft.groups().stream().anyMatch(g -> LabelMatcher.exact(deepest, g.label()));
            }
            if (labels.isEmpty() && isBlankRow(t, r) && !headerNamesRows(h, ft)) {
                return true; // an empty trailing row (T4's one data row is blank in a blank template)
            }
            boolean any = false;
            boolean olderRow = false;
            for (DataColumn dc : columns) {
                RowMatch row = labelled != null ? labelled : rowInHeader(h, dc.headerCell(), ft, oft);
                if (row == null) {
                    continue;
                }
                FormColumn column = dc.columnFor(row.row());
                if (column == null) {
                    continue;
                }
                String id = ft.code() + ":" + row.row().code() + ":" + column.code();
                boolean old = row.older() || dc.older();
                if (!old && form.cell(id).isEmpty()) {
                    continue;
                }
                if (old && (older == null || older.cell(id).isEmpty())) {
                    continue;
                }
                GridCell value = valueCell(t, r, dc.headerCell());
                if (value == null) {
                    continue;
                }
                any = true;
                if (!found.containsKey(id)) {
                    found.put(id, CellValues.parse(id, value.text(), t.location(r, value.column())));
                    if (old) {
                        olderIds.add(id);
                        olderRow = true;
                    }
                }
            }
            if (olderRow && labelled != null && labelled.older()) {
                String label = labels.get(labels.size() - 1).text();
                List<String> ids = older.table(ft.code()).orElseThrow().cells().stream()
                        .filter(c -> c.row().code().equals(labelled.row().code())).map(CellDefinition::id).toList();
                notes.add(MappingNotes.trialRow(ft, label, ids, t.location(r, 0)));
            }
            return any;
        }

        /** Whether a header text is one of the table's column labels (then it names a column, not a row). */
        private static boolean namesColumn(String text, FormTable ft) {
            return !LabelMatcher.exactMatches(text, ft.columns(), FormColumn::label).isEmpty();
        }

        private boolean headerNamesRows(Header h, FormTable ft) {
            for (List<GridCell> path : h.paths()) {
                for (GridCell c : path) {
                    if (!namesColumn(c.text(), ft) && !match(c.text(), ft.rows(), FormRow::label).isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The form row a label path names: its deepest label, with group labels to break ties. */
        private RowMatch rowOf(List<GridCell> labels, Header h, FormTable ft, FormTable oft) {
            String deepest = labels.get(labels.size() - 1).text();
            String block = h.block() == null ? null : h.block().code();
            List<FormRow> own = block == null ? ft.rows() : ft.rowsOf(block);
            List<FormRow> old = oft == null ? List.of() : block == null ? oft.rows() : oft.rowsOf(block);
            FormRow m = pick(LabelMatcher.exactMatches(deepest, own, FormRow::label), labels, ft);
            if (m != null) {
                return new RowMatch(m, false);
            }
            // a label that is a printed group of this form but a row of the older one: the trial （六）其他处理
            m = pick(LabelMatcher.exactMatches(deepest, old, FormRow::label), labels, oft);
            if (m != null) {
                return new RowMatch(m, true);
            }
            boolean isGroup = ft.groups().stream().anyMatch(g -> LabelMatcher.exact(deepest, g.label()));
            if (isGroup) {
                return null;
            }
            m = pick(LabelMatcher.looseMatches(deepest, own, FormRow::label), labels, ft);
            if (m != null) {
                return new RowMatch(m, false);
            }
            m = pick(LabelMatcher.looseMatches(deepest, old, FormRow::label), labels, oft);
            return m == null ? null : new RowMatch(m, true);
        }

        /** One candidate, or the one whose group labels the label path prints most; null when still ambiguous. */
        private static FormRow pick(List<FormRow> candidates, List<GridCell> labels, FormTable ft) {
            if (candidates.size() <= 1) {
                return candidates.isEmpty() ? null : candidates.get(0);
            }
            FormRow best = null;
            int bestScore = -1;
            boolean tie = false;
            for (FormRow row : candidates) {
                int score = 0;
                for (FormGroup ancestor : ft.ancestors(row)) {
                    for (int i = 0; i < labels.size() - 1; i++) {
                        if (LabelMatcher.exact(labels.get(i).text(), ancestor.label())) {
                            score++;
                        }
                    }
                }
                if (score > bestScore) {
                    best = row;
                    bestScore = score;
                    tie = false;
                } else if (score == bestScore) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }

        /** For tables whose rows are printed as header groups (T4): the row named above a data column. */
        private RowMatch rowInHeader(Header h, GridCell headerCell, FormTable ft, FormTable oft) {
            List<GridCell> path = h.path(headerCell.column());
            for (int i = path.size() - 1; i >= 0; i--) {
                String text = path.get(i).text();
                if (namesColumn(text, ft)) {
                    continue; // T3's 总计 column header is not the row （七）总计
                }
                List<FormRow> m = match(text, ft.rows(), FormRow::label);
                if (m.size() == 1) {
                    return new RowMatch(m.get(0), false);
                }
                if (oft != null) {
                    m = match(text, oft.rows(), FormRow::label);
                    if (m.size() == 1) {
                        return new RowMatch(m.get(0), true);
                    }
                }
            }
            return null;
        }

        private static <T> List<T> match(String text, List<T> items, java.util.function.Function<T, String> label) {
            List<T> m = LabelMatcher.exactMatches(text, items, label);
            return m.isEmpty() ? LabelMatcher.looseMatches(text, items, label) : m;
        }

        /** The printed cell under a header cell in row r: the one with text if the columns are split. */
        private static GridCell valueCell(SourceTable t, int r, GridCell headerCell) {
            GridCell first = null;
            for (int c = headerCell.column(); c < headerCell.column() + headerCell.columnSpan(); c++) {
                GridCell cell = t.cell(r, c);
                if (cell == null || cell.row() + cell.rowSpan() <= r) {
                    continue;
                }
                if (first == null) {
                    first = cell;
                }
                if (!Labels.clean(cell.text()).isEmpty()) {
                    return cell;
                }
            }
            return first;
        }

        private static boolean isBlankRow(SourceTable t, int r) {
            return t.rowCells(r).stream().allMatch(c -> Labels.clean(c.text()).isEmpty());
        }

        private static boolean isBlankValues(SourceTable t, int r, int from) {
            for (int c = from; c < t.columnCount(); c++) {
                if (!Labels.clean(t.text(r, c)).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        // ---- rows no form knows ----

        private void flushExtra(SourceTable t, FormTable ft, Header h, List<Integer> rows) {
            if (rows.isEmpty()) {
                return;
            }
            List<DataColumn> columns = h == null ? List.of() : h.columns();
            int firstData = columns.stream().mapToInt(d -> d.headerCell().column()).min().orElse(1);
            String prefix = "G" + (generic.size() + 1);
            List<String> headings = columns.stream().map(d -> Labels.clean(d.headerCell().text())).toList();
            List<GenericTable.Row> out = new ArrayList<>();
            String where = MappingNotes.place(ft, h == null ? null : h.block());
            String caption = where + "中的非表格项目行";
            for (int r : rows) {
                List<GridCell> labels = new ArrayList<>();
                for (int c = 0; c < firstData; c++) {
                    GridCell cell = t.cell(r, c);
                    if (cell != null && !labels.contains(cell) && !Labels.clean(cell.text()).isEmpty()) {
                        labels.add(cell);
                    }
                }
                String label = String.join(" / ", labels.stream().map(c -> Labels.clean(c.text())).toList());
                List<Cell> values = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    String id = prefix + ":" + (out.size() + 1) + ":" + (i + 1);
                    GridCell v = valueCell(t, r, columns.get(i).headerCell());
                    values.add(v == null ? new Cell(id, null, "", CellState.EMPTY, t.location(r, 0))
                            : CellValues.parse(id, v.text(), t.location(r, v.column())));
                }
                out.add(new GenericTable.Row(label, "", values));
                notes.add(MappingNotes.extraRow(where, label, t.location(r, 0)));
            }
            generic.add(new GenericTable(caption, headings, out, t.location(rows.get(0), 0)));
            rows.clear();
        }

        // ---- what the form has and the print lacks ----

        private void noteMissing(FormTable ft, SourceTable first) {
            Set<String> rowsSeen = new HashSet<>();
            Set<String> columnsSeen = new HashSet<>();
            for (CellDefinition c : ft.cells()) {
                if (found.containsKey(c.id())) {
                    rowsSeen.add(c.block() + "/" + c.row().code());
                    columnsSeen.add(c.block() + "/" + c.column().code());
                }
            }
            Set<String> noted = new HashSet<>();
            for (CellDefinition c : ft.cells()) {
                if (found.containsKey(c.id())) {
                    continue;
                }
                String rowKey = c.block() + "/" + c.row().code();
                String colKey = c.block() + "/" + c.column().code();
                if (!rowsSeen.contains(rowKey)) {
                    if (noted.add("row " + rowKey)) {
                        List<String> ids = ft.cells().stream().filter(x -> (x.block() + "/" + x.row().code())
                                .equals(rowKey)).map(CellDefinition::id).toList();
                        notes.add(MappingNotes.rowMissing(ft, c.row(), ids, locationOf(first)));
                    }
                } else if (!columnsSeen.contains(colKey)) {
                    if (noted.add("column " + colKey)) {
                        List<String> ids = ft.cells().stream().filter(x -> (x.block() + "/" + x.column().code())
                                .equals(colKey) && !found.containsKey(x.id())).map(CellDefinition::id).toList();
                        notes.add(MappingNotes.columnMissing(ft, c.column(), ids, locationOf(first)));
                    }
                } else if (noted.add("cell " + c.id())) {
                    notes.add(MappingNotes.cellMissing(ft, c, locationOf(first)));
                }
            }
        }

        private static SourceLocation locationOf(SourceTable t) {
            return t.location(0, 0);
        }

        // ---- output order ----

        /** Form cells in form order; a row kept under the older form's ids goes where its group stands. */
        private Map<String, Cell> ordered() {
            List<CellDefinition> formCells = form.cells();
            Map<Integer, List<String>> before = new HashMap<>();
            List<String> atEnd = new ArrayList<>();
            for (CellDefinition oc : older == null ? List.<CellDefinition>of() : older.cells()) {
                if (!olderIds.contains(oc.id())) {
                    continue;
                }
                int anchor = -1;
                for (int i = 0; i < formCells.size() && anchor < 0; i++) {
                    CellDefinition fc = formCells.get(i);
                    if (fc.table().equals(oc.table()) && (fc.row().parent().equals(oc.row().code())
                            || fc.row().code().equals(oc.row().code()) && fc.block().equals(oc.block()))) {
                        anchor = fc.row().code().equals(oc.row().code()) ? lastOfRow(formCells, i) + 1 : i;
                    }
                }
                if (anchor < 0) {
                    anchor = lastOfTable(formCells, oc.table()) + 1;
                }
                if (anchor <= 0 || anchor > formCells.size()) {
                    atEnd.add(oc.id());
                } else {
                    before.computeIfAbsent(anchor, k -> new ArrayList<>()).add(oc.id());
                }
            }
            Map<String, Cell> out = new LinkedHashMap<>();
            for (int i = 0; i < formCells.size(); i++) {
                before.getOrDefault(i, List.of()).forEach(id -> out.put(id, found.get(id)));
                Cell c = found.get(formCells.get(i).id());
                if (c != null) {
                    out.put(c.id(), c);
                }
            }
            before.getOrDefault(formCells.size(), List.of()).forEach(id -> out.put(id, found.get(id)));
            atEnd.forEach(id -> out.put(id, found.get(id)));
            return out;
        }

        private static int lastOfRow(List<CellDefinition> cells, int i) {
            int j = i;
            while (j + 1 < cells.size() && cells.get(j + 1).row().equals(cells.get(i).row())) {
                j++;
            }
            return j;
        }

        private static int lastOfTable(List<CellDefinition> cells, String table) {
            int last = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).table().equals(table)) {
                    last = i;
                }
            }
            return last;
        }
    }
}
