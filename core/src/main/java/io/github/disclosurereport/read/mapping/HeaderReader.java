package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.read.mapping.Header.DataColumn;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table's header rows → a {@link Header}: which rows are header rows, and what a run of them names (the header
 * cells above each column, the T2 block, the data columns). A column this form lacks is looked for in the older
 * form: a trial column printed in a 2021 table keeps its trial ids and is noted TRIAL_COLUMN_IN_CURRENT.
 */
final class HeaderReader {

    private HeaderReader() {
    }

    /**
     * A header row holds no values and names the form's header: a column, block or note label, or a group that
     * heads columns (申请人情况). Rows and groups of rows (行政复议 and 行政诉讼 in T4, 三、本年度办理结果 in T3) only
     * count in a row without blank cells: a data row of a blank form has blank cells beside its row labels,
     * while a header row with a lost merge has blank cells beside column labels.
     */
    static boolean isHeaderRow(SourceTable t, int r, FormTablePair tables) {
        FormTable ft = tables.own();
        FormTable oft = tables.older();
        boolean strong = false;
        boolean weak = false;
        boolean blanks = false;
        for (GridCell c : t.rowCells(r)) {
            if (Labels.clean(c.text()).isEmpty()) {
                blanks = true;
                continue;
            }
            if (isValueLike(c.text(), tables)) {
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
    private static boolean isValueLike(String text, FormTablePair tables) {
        CellState state = CellValues.parse("", text, null).state();
        if (state != CellState.TEXT) {
            return true;
        }
        return Labels.key(text).chars().anyMatch(Character::isDigit) && !tables.hasExactly(text)
                && tables.labels().stream().noneMatch(l -> LabelMatcher.loose(text, l));
    }

    /** The header of rows first to last; a data column found only in the older form is noted. */
    static Header read(SourceTable t, int first, int last, FormTablePair tables, List<ReadNote> notes) {
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
                    List<FormGroup> m = LabelMatcher.exactElseLoose(cell.text(), tables.own().blocks(),
                            FormGroup::label);
                    if (m.size() == 1) {
                        block = m.get(0);
                    }
                }
            }
        }
        Header h = new Header(paths, block, dataColumns(paths, block, tables),
                RowMatcher.namesRows(paths, tables.own()));
        for (DataColumn dc : h.columns()) {
            if (dc.older()) {
                List<String> ids = tables.older().cells().stream().filter(c -> c.column().equals(dc.column())
                        && (h.block() == null || c.block().equals(h.blockCode()))).map(CellDefinition::id).toList();
                notes.add(MappingNotes.trialColumn(tables.own(), dc.headerCell().text(), ids,
                        t.location(dc.headerCell().row(), dc.headerCell().column())));
            }
        }
        return h;
    }

    /** The data columns, left to right: per grid column, the deepest header cell naming a form column. */
    private static List<DataColumn> dataColumns(List<List<GridCell>> paths, FormGroup block, FormTablePair tables) {
        String blockCode = block == null ? null : block.code();
        List<DataColumn> out = new ArrayList<>();
        Set<GridCell> seen = new HashSet<>();
        for (List<GridCell> path : paths) {
            for (int i = path.size() - 1; i >= 0; i--) {
                GridCell cell = path.get(i);
                DataColumn dc = columnOf(cell, blockCode, tables);
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

    private static DataColumn columnOf(GridCell cell, String block, FormTablePair tables) {
        List<FormColumn> own = tables.columns(block, false);
        List<FormColumn> older = tables.columns(block, true);
        for (MatchStep step : MatchStep.values()) {
            List<FormColumn> m = step.matches(cell.text(), own, older, FormColumn::label);
            if (unambiguous(m)) {
                return new DataColumn(m, step.older(), cell);
            }
        }
        return null;
    }

    /** One column, or one per block (the row's block decides). */
    private static boolean unambiguous(List<FormColumn> m) {
        return m.size() == 1 || (m.size() > 1 && !m.get(0).parent().isEmpty()
                && m.stream().map(FormColumn::parent).distinct().count() == m.size());
    }
}
