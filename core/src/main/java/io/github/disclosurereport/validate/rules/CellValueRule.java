package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Rule;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S9: every cell holds what its form kind allows (count: non-negative integer; money: non-negative decimal;
 * signed: any integer). Text whose meaning is certain ("减4", "251000元", full-width digits) is interpreted and
 * reported as a warning; anything else is an error. Blank cells of the 2019/2021 tables are reported per row.
 */
final class CellValueRule implements Rule {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
    /** After NFKC (U+3000 is then a plain space already). */
    private static final Pattern NFKC_SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    /** 减4, 增 3, -8, 251000元, 14722.49万元, 12件. */
    private static final Pattern WORDED = Pattern.compile(
            "(减少?|增加?|[+-])?(\\d+(?:\\.\\d+)?)(万元|元|件|条|项|个|次|人次|篇|人|期|份)?");

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<CellDefinition>> blanksByRow = new LinkedHashMap<>();
        for (CellDefinition d : ctx.form().cells()) {
            Cell c = ctx.report().cells().get(d.id());
            if (c == null) {
                continue;
            }
            switch (c.state()) {
                case NUMBER -> number(ctx, d, c, out);
                case TEXT -> text(ctx, d, c, out);
                case NOT_APPLICABLE -> out.add(Finding.of("S9", Severity.WARNING,
                        ctx.describe(d.id()) + "填的是“" + c.raw().strip() + "”，已按“不适用/无数据”读取，不计入合计。"
                                + "如实际为零，请填 0。", List.of(d.id()), c.location()));
                case EMPTY -> {
                    if (ctx.report().format() != ReportFormat.LEGACY_2008) {
                        blanksByRow.computeIfAbsent(d.table() + ":" + d.row().code(), k -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
        for (var n : ctx.report().notes()) {
            if (n.code() == ReadNote.Code.UNIT_DIFFERS) {
                out.add(Finding.of("S9", Severity.WARNING, n.message(), n.cells(), n.location()));
            }
        }
        blanksByRow.values().forEach(defs -> {
            FormRow row = defs.get(0).row();
            List<String> ids = defs.stream().map(CellDefinition::id).toList();
            String cols = defs.get(0).column() == null ? "" : "（" + String.join("、",
                    defs.stream().map(x -> x.column().label()).toList()) + "）";
            out.add(Finding.of("S9", Severity.WARNING,
                    FormShape.reference(ctx.form(), defs.get(0).table()) + "“" + row.label() + "”行有 " + defs.size()
                            + " 个单元格空白" + cols + "。格式要求每格都填写数字，没有发生的请填 0。",
                    ids, ctx.locationOf(ids)));
        });
        return out;
    }

    private static void number(ValidationContext ctx, CellDefinition d, Cell c, List<Finding> out) {
        BigDecimal v = c.value();
        if (v.signum() < 0 && d.kind() != ValueKind.SIGNED) {
            out.add(new Finding("S9", Severity.ERROR, ctx.describe(d.id()) + "为负数 " + Numbers.fmt(v)
                    + "，该项只能填不小于 0 的数。请更正。", List.of(d.id()), c.location(), null, v));
            return;
        }
        if (d.kind() != ValueKind.MONEY && v.stripTrailingZeros().scale() > 0) {
            out.add(new Finding("S9", Severity.ERROR, ctx.describe(d.id()) + "为小数 " + Numbers.fmt(v)
                    + "，该项是件数，只能填整数。请更正。", List.of(d.id()), c.location(), null, v));
            return;
        }
        if (PLAIN.matcher(c.raw()).matches()) {
            return; // typed as it should be: no unit, no full-width digits, nothing more to say
        }
        String compact = SPACES.matcher(c.raw()).replaceAll("");
        Matcher worded = WORDED.matcher(Normalizer.normalize(compact, Normalizer.Form.NFKC).replace(",", ""));
        if (worded.matches() && worded.group(1) == null && worded.group(3) != null) {
            // an amount written with its unit, read as its value (converted to the cell's unit): say so, as read
            String unit = worded.group(3);
            BigDecimal written = new BigDecimal(worded.group(2));
            String shown = "“" + c.raw().strip() + "”";
            if (!unit.equals(d.unit()) && !d.unit().isEmpty()) {
                out.add(new Finding("S9", Severity.WARNING, ctx.describe(d.id()) + "填的是" + shown + "，单位是" + unit
                        + "，而该栏单位为" + d.unit() + "，已换算为 " + Numbers.fmt(v) + "（" + d.unit() + "）读取。"
                        + "请换算后只填数字。", List.of(d.id()), c.location(), v, written));
            } else {
                out.add(new Finding("S9", Severity.WARNING, ctx.describe(d.id()) + "填的是" + shown + "，单元格内写了单位“"
                        + unit + "”，已按 " + Numbers.fmt(v) + (d.unit().isEmpty() ? "" : "（" + d.unit() + "）")
                        + " 读取。表格中只应填写数字，请更正。", List.of(d.id()), c.location(), null, v));
            }
            return;
        }
        if (!PLAIN.matcher(compact).matches()) {
            out.add(Finding.of("S9", Severity.WARNING, ctx.describe(d.id()) + "写作“" + c.raw().strip()
                    + "”（全角数字或千位分隔符），已按 " + Numbers.fmt(v) + " 读取。请改为半角数字。",
                    List.of(d.id()), c.location()));
        }
    }

    private static void text(ValidationContext ctx, CellDefinition d, Cell c, List<Finding> out) {
        String t = NFKC_SPACES.matcher(Normalizer.normalize(c.raw(), Normalizer.Form.NFKC)).replaceAll("")
                .replace(",", "");
        Matcher m = WORDED.matcher(t);
        String shown = "“" + c.raw().strip() + "”";
        if (!m.matches()) {
            out.add(Finding.of("S9", Severity.ERROR, ctx.describe(d.id()) + "填的是" + shown
                    + "，不是数字，无法计入统计。请填写数字（没有的填 0）。", List.of(d.id()), c.location()));
            return;
        }
        boolean negative = m.group(1) != null && (m.group(1).startsWith("减") || m.group(1).equals("-"));
        BigDecimal v = new BigDecimal(m.group(2));
        v = negative ? v.negate() : v;
        String unit = m.group(3) == null ? "" : m.group(3);
        if (negative && d.kind() != ValueKind.SIGNED) {
            out.add(new Finding("S9", Severity.ERROR, ctx.describe(d.id()) + "填的是" + shown + "（即 "
                    + Numbers.fmt(v) + "），该项只能填不小于 0 的数。请更正。", List.of(d.id()), c.location(), null, v));
            return;
        }
        if (d.kind() == ValueKind.MONEY && unit.equals("元") && d.unit().equals("万元")) {
            BigDecimal wan = v.movePointLeft(4);
            out.add(new Finding("S9", Severity.WARNING, ctx.describe(d.id()) + "填的是" + shown + "，单位是元，而该栏单位为万元，"
                    + "应填 " + Numbers.fmt(wan) + "。请换算后只填数字。", List.of(d.id()), c.location(), wan, v));
            return;
        }
        if (d.kind() != ValueKind.MONEY && v.stripTrailingZeros().scale() > 0) {
            out.add(Finding.of("S9", Severity.ERROR, ctx.describe(d.id()) + "填的是" + shown
                    + "，该项是件数，只能填整数。请更正。", List.of(d.id()), c.location()));
            return;
        }
        String why = unit.isEmpty() ? "含有文字" : "单元格内写了单位“" + unit + "”";
        out.add(new Finding("S9", Severity.WARNING, ctx.describe(d.id()) + "填的是" + shown + "，" + why + "，按 "
                + Numbers.fmt(v) + (unit.isEmpty() ? "" : unit) + " 理解。表格中只应填写数字"
                + (d.kind() == ValueKind.SIGNED ? "（减少用负号，如 -4）" : "") + "，请更正。",
                List.of(d.id()), c.location(), null, v));
    }
}
