package io.github.disclosurereport.validate;

import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relations derived from a standard form table's data (never from a listing of rows in code): the outcome rows
 * marked {@code part}, the row they sum into, the printed top-level items of the 勾稽关系, the total column.
 */
final class FormShape {

    /** The column code the forms use for a row's total (T3 总计, T4 总计). */
    static final String TOTAL_COLUMN = "total";

    private FormShape() {
    }

    static String id(FormTable t, FormRow r, FormColumn c) {
        return t.code() + ":" + r.code() + ":" + c.code();
    }

    static List<FormRow> partRows(FormTable t) {
        return t.rows().stream().filter(r -> r.check() == Check.PART).toList();
    }

    /** The group all part rows sit under (following group parents up to the top), e.g. T3's R3. */
    static Optional<String> rootGroupOfParts(FormTable t) {
        Map<String, String> parentOfGroup = new HashMap<>();
        for (FormGroup g : t.groups()) {
            parentOfGroup.put(g.code(), g.parent());
        }
        String root = null;
        for (FormRow r : partRows(t)) {
            String g = r.parent();
            while (!parentOfGroup.getOrDefault(g, "").isEmpty()) {
                g = parentOfGroup.get(g);
            }
            if (root != null && !root.equals(g)) {
                return Optional.empty();
            }
            root = g;
        }
        return Optional.ofNullable(root);
    }

    /** The row the parts sum into: the row of the parts' top group whose check is not part (T3 R3.7). */
    static Optional<FormRow> totalRowOfParts(FormTable t) {
        Optional<String> root = rootGroupOfParts(t);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<FormRow> candidates = t.rows().stream()
                .filter(r -> r.parent().equals(root.get()) && r.check() != Check.PART).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * The printed top-level items in order: rows outside any group, and the parts' group represented by its total
     * row (T3: R1, R2, R3.7, R4 — the 第一项…第四项 of the printed 勾稽关系).
     */
    static List<FormRow> topLevelItems(FormTable t) {
        Optional<FormRow> total = totalRowOfParts(t);
        List<FormRow> items = new ArrayList<>();
        for (FormRow r : t.rows()) {
            if (r.parent().isEmpty() || total.map(x -> x.code().equals(r.code())).orElse(false)) {
                items.add(r);
            }
        }
        return items;
    }

    static Optional<FormColumn> totalColumn(FormTable t) {
        if (!t.blocks().isEmpty()) {
            return Optional.empty();
        }
        return t.columns().stream().filter(c -> c.code().equals(TOTAL_COLUMN)).findFirst();
    }

    /** The columns that add up to the total column. */
    static List<FormColumn> partColumns(FormTable t) {
        return t.columns().stream().filter(c -> !c.code().equals(TOTAL_COLUMN)).toList();
    }

    /** Rows whose printed label (numbering dropped) starts with the phrase. */
    static List<FormRow> rowsLabelled(FormTable t, String phrase) {
        String key = Labels.keyWithoutNumbering(phrase);
        return t.rows().stream().filter(r -> Labels.keyWithoutNumbering(r.label()).startsWith(key)).toList();
    }

    /**
     * Rows meant by a printed phrase: a row with that label, or every row under a group with that label
     * (e.g. 不予公开 → the eight rows of group （三）; 行政诉讼 → both litigation rows).
     */
    static List<FormRow> rowsMeant(FormTable t, String phrase) {
        List<FormRow> rows = rowsLabelled(t, phrase);
        if (!rows.isEmpty()) {
            return rows;
        }
        String key = Labels.keyWithoutNumbering(phrase);
        for (FormGroup g : t.groups()) {
            if (!g.isBlock() && Labels.keyWithoutNumbering(g.label()).startsWith(key)) {
                return t.rows().stream().filter(r -> under(t, r, g.code())).toList();
            }
        }
        return List.of();
    }

    private static boolean under(FormTable t, FormRow r, String group) {
        String p = r.parent();
        while (!p.isEmpty()) {
            if (p.equals(group)) {
                return true;
            }
            String current = p;
            p = t.groups().stream().filter(g -> g.code().equals(current)).map(FormGroup::parent).findFirst()
                    .orElse("");
        }
        return false;
    }
}
