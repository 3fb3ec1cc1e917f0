package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.read.mapping.Header.DataColumn;
import io.github.disclosurereport.read.mapping.RowMatcher.RowMatch;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceTable;

import java.util.List;

/**
 * The values of the printed tables of one form table, under cell ids. A printed table is read as runs of header
 * rows ({@link HeaderReader}), each followed by data rows (T2 repeats caption and header for each block); a data
 * row's form row comes from {@link RowMatcher}, its form columns from the header above, and a row no form row
 * takes goes to {@link ExtraRows}. A row only the older form has keeps its trial ids, noted TRIAL_ROW_IN_CURRENT.
 */
final class TableReader {

    private final FormTablePair tables;
    private final FoundCells found;
    private final ExtraRows extra;
    private final List<ReadNote> notes;

    TableReader(FormTablePair tables, FoundCells found, ExtraRows extra, List<ReadNote> notes) {
        this.tables = tables;
        this.found = found;
        this.extra = extra;
        this.notes = notes;
    }

    /**
     * Reads a printed table; returns its last header so that the next printed table, when it continues this one
     * after a page break, can use it.
     */
    Header read(SourceTable t, Header carried) {
        Header header = carried != null && carried.paths().size() == t.columnCount() ? carried : null;
        int r = 0;
        while (r < t.rowCount()) {
            if (HeaderReader.isHeaderRow(t, r, tables)) {
                extra.flush(t, tables.own(), header);
                int end = r;
                while (end + 1 < t.rowCount() && HeaderReader.isHeaderRow(t, end + 1, tables)) {
                    end++;
                }
                header = HeaderReader.read(t, r, end, tables, notes);
                r = end + 1;
                continue;
            }
            if (header != null && !readDataRow(t, r, header)) {
                extra.add(r);
            }
            r++;
        }
        extra.flush(t, tables.own(), header);
        return header;
    }

    /** Maps one data row; false when the row is no form row (kept as an extra row). */
    private boolean readDataRow(SourceTable t, int r, Header h) {
        List<DataColumn> columns = h.columns();
        if (columns.isEmpty()) {
            return PrintedRows.isBlank(t, r);
        }
        int firstData = h.firstDataColumn();
        List<GridCell> labels = PrintedRows.labelCells(t, r, firstData);
        RowMatch labelled = labels.isEmpty() ? null : RowMatcher.rowOf(labels, h, tables);
        if (labelled == null && !labels.isEmpty() && !h.namesRows()) {
            // a group label printed on a row of its own carries nothing; any other unknown label is an extra row
            String deepest = labels.get(labels.size() - 1).text();
            return PrintedRows.isBlankFrom(t, r, firstData) && RowMatcher.isGroupLabel(deepest, tables.own());
        }
        if (labels.isEmpty() && PrintedRows.isBlank(t, r) && !h.namesRows()) {
            return true; // an empty trailing row (T4's one data row is blank in a blank template)
        }
        boolean any = false;
        boolean olderRow = false;
        for (DataColumn dc : columns) {
            RowMatch row = labelled != null ? labelled : RowMatcher.rowInHeader(h, dc.headerCell(), tables);
            if (row == null) {
                continue;
            }
            FormColumn column = dc.columnFor(row.row());
            if (column == null) {
                continue;
            }
            String id = tables.code() + ":" + row.row().code() + ":" + column.code();
            boolean older = row.older() || dc.older();
            if (!found.defines(id, older)) {
                continue;
            }
            GridCell value = PrintedRows.valueCell(t, r, dc.headerCell());
            if (value == null) {
                continue;
            }
            any = true;
            if (found.keep(CellValues.parse(found.definition(id, older), value.text(),
                    t.location(r, value.column())), older) && older) {
                olderRow = true;
            }
        }
        if (olderRow && labelled != null && labelled.older()) {
            List<String> ids = tables.older().cells().stream()
                    .filter(c -> c.row().code().equals(labelled.row().code())).map(CellDefinition::id).toList();
            notes.add(MappingNotes.trialRow(tables.own(), labels.get(labels.size() - 1).text(), ids,
                    t.location(r, 0)));
        }
        return any;
    }
}
