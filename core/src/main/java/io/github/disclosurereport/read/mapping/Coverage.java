package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a form table has and its printing lacks: a whole row (ROW_MISSING), a whole column (COLUMN_MISSING), or
 * else single cells (CELL_MISSING). Said once for each row or column, not once for each of its cells.
 */
final class Coverage {

    private Coverage() {
    }

    /**
     * @param found the ids of the cells read
     * @param first the first printed table of the form table, where the notes point
     */
    static List<ReadNote> missing(FormTable ft, Set<String> found, SourceTable first) {
        Set<String> rowsSeen = new HashSet<>();
        Set<String> columnsSeen = new HashSet<>();
        for (CellDefinition c : ft.cells()) {
            if (found.contains(c.id())) {
                rowsSeen.add(rowKey(c));
                columnsSeen.add(columnKey(c));
            }
        }
        SourceLocation at = first.location(0, 0);
        List<ReadNote> notes = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (CellDefinition c : ft.cells()) {
            if (found.contains(c.id())) {
                continue;
            }
            String rowKey = rowKey(c);
            String columnKey = columnKey(c);
            if (!rowsSeen.contains(rowKey)) {
                if (noted.add("row " + rowKey)) {
                    List<String> ids = ft.cells().stream().filter(x -> rowKey(x).equals(rowKey))
                            .map(CellDefinition::id).toList();
                    notes.add(MappingNotes.rowMissing(ft, c.row(), ids, at));
                }
            } else if (!columnsSeen.contains(columnKey)) {
                if (noted.add("column " + columnKey)) {
                    List<String> ids = ft.cells().stream().filter(x -> columnKey(x).equals(columnKey)
                            && !found.contains(x.id())).map(CellDefinition::id).toList();
                    notes.add(MappingNotes.columnMissing(ft, c.column(), ids, at));
                }
            } else if (noted.add("cell " + c.id())) {
                notes.add(MappingNotes.cellMissing(ft, c, at));
            }
        }
        return notes;
    }

    /** A row of a T2 block is another row than the same code in another block. */
    private static String rowKey(CellDefinition c) {
        return c.block() + "/" + c.row().code();
    }

    private static String columnKey(CellDefinition c) {
        return c.block() + "/" + c.column().code();
    }
}
