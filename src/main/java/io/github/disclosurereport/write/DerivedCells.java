package io.github.disclosurereport.write;

import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Labels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which cells of a form are sums of other cells, derived from the forms data only:
 * <ul>
 *   <li>legacy: a row named in 'against' by rows with check {@code part} is the sum of those rows;</li>
 *   <li>standard tables: the rows with check {@code part} sum into the one row of the same printed group (their
 *       top-level group, T3 三、本年度办理结果) that is not itself a part — （七）总计;</li>
 *   <li>standard tables: a column printed as 总计 is the sum of the table's other columns (T3: the six applicant
 *       columns; T4: the four results of each group). The forms carry no check for it, so its label decides.</li>
 * </ul>
 * A cell that is both (T3 （七）总计 × 总计) is written as the sum across its row; it agrees with the column sum
 * whenever the parts do.
 */
final class DerivedCells {

    private static final String TOTAL_LABEL = Labels.key("总计");

    private DerivedCells() {
    }

    /** Derived cell id → the ids it sums, in printed order. */
    static Map<String, List<String>> of(FormDefinition form) {
        Map<String, List<String>> derived = new LinkedHashMap<>();
        for (FormTable table : form.tables()) {
            if (table.columns().isEmpty()) {
                legacyParts(table, derived);
            } else {
                totalRows(table, derived);
                totalColumns(table, derived);
            }
        }
        return Collections.unmodifiableMap(derived);
    }

    private static void legacyParts(FormTable table, Map<String, List<String>> derived) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (FormRow row : table.rows()) {
            if (row.check() == Check.PART && !row.against().isEmpty()) {
                parts.computeIfAbsent(row.against(), k -> new ArrayList<>()).add(legacyId(table, row));
            }
        }
        // Keep printed order of the totals so formulas are written top-down.
        for (CellDefinition cell : table.cells()) {
            List<String> p = parts.get(cell.row().code());
            if (p != null) {
                derived.put(cell.id(), List.copyOf(p));
            }
        }
    }

    private static String legacyId(FormTable table, FormRow row) {
        return table.cells().stream().filter(c -> c.row().code().equals(row.code())).map(CellDefinition::id)
                .findFirst().orElse(table.code() + ":" + row.code());
    }

    private static void totalRows(FormTable table, Map<String, List<String>> derived) {
        Map<String, List<FormRow>> partsByGroup = new LinkedHashMap<>();
        for (FormRow row : table.rows()) {
            if (row.check() == Check.PART) {
                partsByGroup.computeIfAbsent(topGroup(table, row.parent()), k -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<String, List<FormRow>> e : partsByGroup.entrySet()) {
            List<FormRow> totals = table.rows().stream()
                    .filter(r -> r.check() != Check.PART && !r.parent().isEmpty()
                            && topGroup(table, r.parent()).equals(e.getKey()))
                    .toList();
            if (totals.size() != 1) {
                continue; // no single total row printed for these parts: nothing to derive
            }
            FormRow total = totals.get(0);
            for (FormColumn column : table.columnsOf(total.parent())) {
                Optional<CellDefinition> target = cell(table, total, column);
                if (target.isEmpty() || isTotalColumn(column)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (FormRow part : e.getValue()) {
                    cell(table, part, column).ifPresent(c -> parts.add(c.id()));
                }
                derived.put(target.get().id(), List.copyOf(parts));
            }
        }
    }

    private static void totalColumns(FormTable table, Map<String, List<String>> derived) {
        for (FormRow row : table.rows()) {
            List<FormColumn> columns = table.columnsOf(row.parent());
            List<FormColumn> totals = columns.stream().filter(DerivedCells::isTotalColumn).toList();
            if (totals.size() != 1) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (FormColumn c : columns) {
                if (!isTotalColumn(c)) {
                    cell(table, row, c).ifPresent(d -> parts.add(d.id()));
                }
            }
            cell(table, row, totals.get(0)).ifPresent(t -> derived.put(t.id(), List.copyOf(parts)));
        }
    }

    static boolean isTotalColumn(FormColumn column) {
        return Labels.key(column.label()).equals(TOTAL_LABEL);
    }

    private static Optional<CellDefinition> cell(FormTable table, FormRow row, FormColumn column) {
        return table.cells().stream().filter(c -> c.row().equals(row) && column.equals(c.column())).findFirst();
    }

    /** The outermost printed group above a row's parent (the parent itself when it has none); "" at top level. */
    static String topGroup(FormTable table, String parent) {
        String current = parent;
        for (int guard = 0; guard < 32 && !current.isEmpty(); guard++) {
            String code = current;
            Optional<FormGroup> g = table.groups().stream().filter(x -> x.code().equals(code)).findFirst();
            if (g.isEmpty() || g.get().parent().isEmpty()) {
                return current;
            }
            current = g.get().parent();
        }
        return current;
    }
}
