package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.read.mapping.Header.DataColumn;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows no form describes, kept as printed rather than lost: each run of them under one header becomes a
 * {@link GenericTable} with that header's columns, and each row is noted EXTRA_ROW.
 */
final class ExtraRows {

    private final List<ReadNote> notes;
    private final List<GenericTable> tables = new ArrayList<>();
    private final List<Integer> pending = new ArrayList<>();

    /** @param notes where the EXTRA_ROW notes go, in reading order with the other notes */
    ExtraRows(List<ReadNote> notes) {
        this.notes = notes;
    }

    /** A row of the printed table being read that no form row takes. */
    void add(int row) {
        pending.add(row);
    }

    /** Keeps the rows added since the last flush as one table, under the header they were read with (or none). */
    void flush(SourceTable t, FormTable ft, Header h) {
        if (pending.isEmpty()) {
            return;
        }
        List<DataColumn> columns = h == null ? List.of() : h.columns();
        int firstData = h == null ? 1 : h.firstDataColumn();
        String prefix = "G" + (tables.size() + 1);
        List<String> headings = columns.stream().map(d -> Labels.clean(d.headerCell().text())).toList();
        List<GenericTable.Row> out = new ArrayList<>();
        String place = MappingNotes.place(ft, h == null ? null : h.block());
        for (int r : pending) {
            String label = String.join(" / ", PrintedRows.labelCells(t, r, firstData).stream()
                    .map(c -> Labels.clean(c.text())).toList());
            List<Cell> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String id = prefix + ":" + (out.size() + 1) + ":" + (i + 1);
                GridCell v = PrintedRows.valueCell(t, r, columns.get(i).headerCell());
                values.add(v == null ? new Cell(id, null, "", CellState.EMPTY, t.location(r, 0))
                        : CellValues.parse(id, v.text(), t.location(r, v.column())));
            }
            out.add(new GenericTable.Row(label, "", values));
            notes.add(MappingNotes.extraRow(place, label, t.location(r, 0)));
        }
        tables.add(new GenericTable(place + "中的非表格项目行", headings, out, t.location(pending.get(0), 0)));
        pending.clear();
    }

    /** The tables kept so far, in reading order. */
    List<GenericTable> tables() {
        return List.copyOf(tables);
    }
}
