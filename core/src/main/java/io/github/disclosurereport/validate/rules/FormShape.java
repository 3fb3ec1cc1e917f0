package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.text.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Relations derived from a standard form table's data (never from a listing of rows in code). The sums come from
 * the form's one list, {@link FormDefinition#sumRelations()}; here only what the rules read off them: the row the
 * outcomes sum into, the printed top-level items of the 勾稽关系, the total column, rows meant by a phrase.
 */
final class FormShape {

    private FormShape() {
    }

    /** 表三: the table as a finding refers to it, by its caption in the form. */
    static String reference(FormDefinition form, String table) {
        return form.table(table).map(t -> t.caption().reference()).orElse("表" + table);
    }

    static String id(FormTable t, FormRow r, FormColumn c) {
        return t.code() + ":" + r.code() + ":" + c.code();
    }

    /** The form's sums of one kind in one table, in the order {@link FormDefinition#sumRelations()} lists them. */
    static List<SumRelation> sums(FormDefinition form, String table, SumRelation.Kind kind) {
        return form.sumRelations().stream().filter(s -> s.table().equals(table) && s.kind() == kind).toList();
    }

    /** The row the outcome parts sum into (T3 R3.7), as the form's {@link SumRelation.Kind#ROW_PARTS} sums say. */
    static Optional<FormRow> totalRowOfParts(FormDefinition form, FormTable t) {
        return sums(form, t.code(), SumRelation.Kind.ROW_PARTS).stream().findFirst()
                .flatMap(s -> form.cell(s.totalId())).map(CellDefinition::row);
    }

    /**
     * The printed top-level items in order: rows outside any group, and the parts' group represented by its total
     * row (T3: R1, R2, R3.7, R4 — the 第一项…第四项 of the printed 勾稽关系).
     */
    static List<FormRow> topLevelItems(FormDefinition form, FormTable t) {
        Optional<FormRow> total = totalRowOfParts(form, t);
        List<FormRow> items = new ArrayList<>();
        for (FormRow r : t.rows()) {
            if (r.parent().isEmpty() || total.map(x -> x.code().equals(r.code())).orElse(false)) {
                items.add(r);
            }
        }
        return items;
    }

    /**
     * The four items of the printed 勾稽关系 (第一项 收到, 第二项 上年结转, 第三项 办结, 第四项 结转下年度: T3 R1, R2, R3.7,
     * R4), or none when the form lacks the table or it has not exactly four top-level items.
     */
    static List<FormRow> balanceItems(FormDefinition form, String table) {
        List<FormRow> items = form.table(table).map(t -> topLevelItems(form, t)).orElse(List.of());
        return items.size() == 4 ? items : List.of();
    }

    /** The column holding each row's total (T3, T4 总计), as the form's {@link SumRelation.Kind#COLUMN_TOTAL} sums say. */
    static Optional<FormColumn> totalColumn(FormDefinition form, FormTable t) {
        return sums(form, t.code(), SumRelation.Kind.COLUMN_TOTAL).stream().findFirst()
                .flatMap(s -> form.cell(s.totalId())).map(CellDefinition::column);
    }

    /**
     * The legacy cell of a 结果维持 / 结果纠正 / 其他结果 figure about 行政复议 or 行政诉讼 cases, read off the form's rows:
     * under the cases' indicator (the row labelled 行政复议…, 行政诉讼…: national 四、行政复议数量, 五、行政诉讼数量), the
     * row whose label names the result (维持…, 被依法纠错…, 其他情形…). Empty when the form prints no such row (Fujian's
     * prints the case counts alone) or the words name no result (the legacy table has no 尚未审结).
     *
     * @param l      the legacy table
     * @param cases  行政复议 or 行政诉讼
     * @param result the figure's words, starting with the result as the 2021 table's columns name it
     */
    static List<String> legacyCaseResult(FormTable l, String cases, String result) {
        String named = result.startsWith("结果维持") ? "维持" : result.startsWith("结果纠正") ? "纠错"
                : result.startsWith("其他结果") ? "其他" : "";
        if (named.isEmpty()) {
            return List.of();
        }
        for (FormRow parent : rowsLabelled(l, cases)) {
            Optional<FormRow> row = l.rows().stream().filter(r -> r.parent().equals(parent.code())
                    && Labels.keyWithoutNumbering(r.label()).contains(named)).findFirst();
            if (row.isPresent()) {
                return List.of(l.code() + ":" + row.get().code());
            }
        }
        return List.of();
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
                return t.rowsUnder(g);
            }
        }
        return List.of();
    }
}
