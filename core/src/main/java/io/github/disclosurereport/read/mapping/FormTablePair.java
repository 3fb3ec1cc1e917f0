package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A form table to map printed tables to, with the older form's table of the same code: a 2021 report may still
 * print rows or columns of the 2019 trial table, which then keep their trial ids. The labels of both are gathered
 * once here, because recognising tables and header rows asks for them for every printed cell.
 *
 * @param own    the table of the form the report is read with
 * @param older  the trial table of the same code when a 2021 report is read, else null
 * @param labels every label of both tables, this form's first
 * @param labelKeys the comparison keys of all those labels ({@link LabelMatcher#keys}), to ask whether a printed
 *                  text is some label of the table with one look-up per key instead of one match per label
 */
record FormTablePair(FormTable own, FormTable older, List<String> labels, Set<String> labelKeys) {

    /** @param olderForm the trial form when a 2021 report is read, else null */
    static FormTablePair of(FormTable own, FormDefinition olderForm) {
        FormTable older = olderForm == null ? null : olderForm.table(own.code()).orElse(null);
        List<String> labels = new ArrayList<>(own.labels());
        if (older != null) {
            labels.addAll(older.labels());
        }
        Set<String> keys = new HashSet<>();
        labels.forEach(l -> keys.addAll(LabelMatcher.keys(l)));
        return new FormTablePair(own, older, List.copyOf(labels), Set.copyOf(keys));
    }

    /** Whether the text matches some label of either table exactly ({@link LabelMatcher#exact}). */
    boolean hasExactly(String text) {
        for (String k : LabelMatcher.keys(text)) {
            if (labelKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    String code() {
        return own.code();
    }

    /** The table of this form, or of the older one (then null when there is none). */
    FormTable table(boolean fromOlder) {
        return fromOlder ? older : own;
    }

    /** The rows of a T2 block, or all rows when no block is known; none from an older table that does not exist. */
    List<FormRow> rows(String block, boolean fromOlder) {
        FormTable t = table(fromOlder);
        return t == null ? List.of() : block == null ? t.rows() : t.rowsOf(block);
    }

    /** The columns of a T2 block, or all columns when no block is known; none from an older table that does not exist. */
    List<FormColumn> columns(String block, boolean fromOlder) {
        FormTable t = table(fromOlder);
        return t == null ? List.of() : block == null ? t.columns() : t.columnsOf(block);
    }
}
