package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.model.Cell;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The form cells read so far, by id, and which of them keep the older form's ids. */
final class FoundCells {

    private final FormDefinition form;
    private final FormDefinition older;
    private final Map<String, Cell> cells = new HashMap<>();
    private final Set<String> olderIds = new HashSet<>();

    /** @param older the trial form when a 2021 report is read, else null */
    FoundCells(FormDefinition form, FormDefinition older) {
        this.form = form;
        this.older = older;
    }

    /** The definition of the cell the id is kept under (this form's, or the older one's). */
    io.github.disclosurereport.form.CellDefinition definition(String id, boolean underOlder) {
        return (underOlder ? older : form).cell(id).orElseThrow();
    }

    /** Whether the form the id is to be kept under (this one, or the older one) has such a cell. */
    boolean defines(String id, boolean underOlder) {
        return underOlder ? older != null && older.cell(id).isPresent() : form.cell(id).isPresent();
    }

    /** Keeps a cell unless one was already read for its id (the first read stands); false when it was not kept. */
    boolean keep(Cell cell, boolean underOlder) {
        if (cells.putIfAbsent(cell.id(), cell) != null) {
            return false;
        }
        if (underOlder) {
            olderIds.add(cell.id());
        }
        return true;
    }

    boolean contains(String id) {
        return cells.containsKey(id);
    }

    Map<String, Cell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    Set<String> olderIds() {
        return Collections.unmodifiableSet(olderIds);
    }
}
