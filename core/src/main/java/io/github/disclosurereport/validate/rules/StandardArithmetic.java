package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Rule;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/** A1–A4: the arithmetic of the 2019 and 2021 tables, derived from the forms data. */
final class StandardArithmetic {

    private StandardArithmetic() {
    }

    /** A1: per column, 第一项 + 第二项 = 第三项 + 第四项 (the printed 勾稽关系 of the table carrying a note). */
    static Rule balance(String table) {
        return ctx -> {
            Optional<FormTable> t = ctx.form().table(table).filter(x -> x.note().isPresent());
            List<FormRow> items = FormShape.balanceItems(ctx.form(), table);
            if (t.isEmpty() || items.isEmpty() || !ctx.hasTable(table)) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            for (FormColumn c : t.get().columns()) {
                List<String> ids = items.stream().map(r -> FormShape.id(t.get(), r, c)).toList();
                if (ids.stream().anyMatch(id -> ctx.cell(id).isEmpty()
                        || ctx.cell(id).get().state() == CellState.TEXT)) {
                    continue;
                }
                // a blank 办结 total stands for the sum of its outcome rows (rules.md "Blank is not zero")
                List<BigDecimal> v = ids.stream().map(id -> SumCheck.effective(ctx, id)).map(o -> o.orElse(null))
                        .toList();
                if (v.stream().allMatch(x -> x == null)) {
                    continue;
                }
                List<BigDecimal> z = v.stream().map(x -> x == null ? BigDecimal.ZERO : x).toList();
                BigDecimal in = z.get(0).add(z.get(1));
                BigDecimal outSum = z.get(2).add(z.get(3));
                if (!Numbers.same(in, outSum)) {
                    out.add(new Finding("A1", Severity.ERROR,
                            t.get().caption().reference() + "“" + c.label() + "”列不符合勾稽关系（第一项加第二项之和，等于第三项加第四项之和）："
                                    + short3(items.get(0)) + " " + shown(v.get(0)) + " + "
                                    + short3(items.get(1)) + " " + shown(v.get(1)) + " = "
                                    + Numbers.fmt(in) + "，而 " + short3(items.get(2)) + " "
                                    + shown(v.get(2)) + " + " + short3(items.get(3)) + " "
                                    + shown(v.get(3)) + " = " + Numbers.fmt(outSum)
                                    + "。请核对这一列的收到、结转和办结数。",
                            List.of(ids.get(2), ids.get(3), ids.get(0), ids.get(1)),
                            ctx.locationOf(List.of(ids.get(2))), in, outSum));
                }
            }
            return out;
        };
    }

    /** A2: per column, the total row of the outcome rows equals the sum of the rows marked part. */
    static Rule outcomes(String table) {
        return sums("A2", table, SumRelation.Kind.ROW_PARTS, (named, total, parts) ->
                named + "“" + total.column().label() + "”列：" + total.row().label()
                        + "应等于各项办理结果之和");
    }

    /** A3 (T3) / A4 (T4): per row, the total column equals the sum of the other columns. */
    static Rule rowTotals(String rule, String table) {
        return sums(rule, table, SumRelation.Kind.COLUMN_TOTAL, (named, total, parts) ->
                named + "“" + total.row().label() + "”行：" + total.column().label() + "应等于"
                        + String.join("、", parts.stream().map(p -> p.column().label()).toList()) + "之和");
    }

    /** How a sum relation reads, given the table as its caption refers to it (表三), the total and the parts. */
    private interface Wording {
        String of(String named, CellDefinition total, List<CellDefinition> parts);
    }

    /**
     * Checks each of the form's sums of a kind in a table; {@code what} says how the relation reads. Printed totals
     * that differ are errors, one each; blank totals with filled parts are one completeness warning for the table
     * that states each number (a blank 总计 column is one gap, not one per row).
     */
    private static Rule sums(String rule, String table, SumRelation.Kind kind, Wording what) {
        return ctx -> {
            if (!ctx.hasTable(table)) {
                return List.of();
            }
            String named = FormShape.reference(ctx.form(), table);
            List<Finding> out = new ArrayList<>();
            List<Finding> blanks = new ArrayList<>();
            for (SumRelation s : FormShape.sums(ctx.form(), table, kind)) {
                Supplier<String> wording = () -> what.of(named, ctx.form().cell(s.totalId()).orElseThrow(),
                        s.partIds().stream().map(id -> ctx.form().cell(id).orElseThrow()).toList());
                SumCheck.check(ctx, rule, s.totalId(), s.partIds(), wording, Severity.WARNING)
                        .ifPresent(f -> (f.severity() == Severity.ERROR ? out : blanks).add(f));
            }
            if (blanks.size() == 1) {
                out.addAll(blanks);
            } else if (blanks.size() > 1) {
                out.add(blankTotals(ctx, rule, named, blanks));
            }
            return out;
        };
    }

    /**
     * One warning for several blank totals of a table, each with the number it should hold — every one of them, so
     * that the clerk can fill them from the message alone — and the two ways to have them filled.
     */
    private static Finding blankTotals(ValidationContext ctx, String rule, String named, List<Finding> blanks) {
        List<CellDefinition> totals = blanks.stream().map(f -> ctx.form().cell(f.cells().get(0)).orElseThrow())
                .toList();
        // a blank 总计 column (or total row) is named once, each total by its row (or column) in it
        boolean oneColumn = totals.stream().map(d -> d.column().label()).distinct().count() == 1;
        boolean oneRow = totals.stream().map(d -> d.row().label()).distinct().count() == 1;
        String where = oneColumn ? "“" + totals.get(0).column().label() + "”列"
                : oneRow ? "“" + totals.get(0).row().label() + "”行" : "";
        List<String> items = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            CellDefinition d = totals.get(i);
            items.add("“" + (oneColumn ? d.row().label() : oneRow ? d.column().label() : d.describe()) + "”应为 "
                    + Numbers.fmt(blanks.get(i).expected()));
        }
        List<String> cells = blanks.stream().map(f -> f.cells().get(0)).toList();
        return new Finding(rule, Severity.WARNING, named + "有 " + blanks.size() + " 个合计单元格空白，而其分项已填写。"
                + "请按分项之和填写" + where + "：" + String.join("；", items) + "。" + AUTOMATIC_FILL, cells,
                blanks.get(0).location(), null, null);
    }

    /** How a clerk has blank totals filled without typing them: the command as typed, and the web page's button. */
    static final String AUTOMATIC_FILL = "也可自动填写：在命令行运行 dr correct 报告文件 -o 更正后的文件，或在网页版点“下载更正后的报告”。";

    private static String shown(BigDecimal v) {
        return v == null ? "空白" : Numbers.fmt(v);
    }

    private static String short3(FormRow r) {
        String l = r.label();
        return l.length() > 12 ? l.substring(0, 12) + "…" : l;
    }
}
