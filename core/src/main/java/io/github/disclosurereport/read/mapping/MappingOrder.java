package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.model.Cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the cells read: the form's cells in form order, so that a report reads as the form prints it. A cell
 * kept under the older form's id goes after the cells of the same row, or before the rows of the group that took
 * the row's place (the trial row （六）其他处理 where 2021 prints the group （六）其他处理: after （五）, before
 * （七）总计), else after the last cell of its table.
 */
final class MappingOrder {

    private MappingOrder() {
    }

    /**
     * @param older    the trial form when a 2021 report is read, else null
     * @param found    the cells read, by id
     * @param olderIds which of them are the older form's
     */
    static Map<String, Cell> ordered(FormDefinition form, FormDefinition older, Map<String, Cell> found,
                                     Set<String> olderIds) {
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
