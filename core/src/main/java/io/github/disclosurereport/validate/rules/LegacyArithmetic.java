package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A-PART, A-SUBSET, A-CHANNEL: the legacy statistics table's relations, read from the form's check/against. */
final class LegacyArithmetic {

    private LegacyArithmetic() {
    }

    /** 统计表: the legacy table as its caption in the form refers to it. */
    private static String named(ValidationContext ctx) {
        return FormShape.reference(ctx.form(), "L");
    }

    private static String id(String code) {
        return "L:" + code;
    }

    /** Rows with this check grouped by the indicator they name in 'against', in printed order. */
    private static Map<String, List<FormRow>> byAgainst(ValidationContext ctx, Check check) {
        Map<String, List<FormRow>> m = new LinkedHashMap<>();
        Optional<FormTable> t = ctx.form().table("L");
        if (t.isEmpty() || !ctx.hasTable("L")) {
            return m;
        }
        for (FormRow r : t.get().rows()) {
            if (r.check() == check && !r.against().isEmpty()) {
                m.computeIfAbsent(r.against(), k -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }

    private static boolean anyText(ValidationContext ctx, List<String> ids) {
        return ids.stream().anyMatch(i -> ctx.cell(i).map(c -> c.state() == CellState.TEXT).orElse(false));
    }

    static List<Finding> parts(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.hasTable("L")) {
            return out;
        }
        for (SumRelation s : FormShape.sums(ctx.form(), "L", SumRelation.Kind.AGAINST)) {
            String totalId = s.totalId();
            List<String> partIds = s.partIds();
            List<String> all = new ArrayList<>(partIds);
            all.add(totalId);
            if (ctx.cell(totalId).isEmpty() || anyText(ctx, all)) {
                continue;
            }
            boolean anyPart = partIds.stream().anyMatch(ctx::filled);
            if (ctx.filled(totalId) && !anyPart) {
                // The footnote cannot be checked when no sub-item was filled in; say so without calling it wrong.
                out.add(Finding.of("A-PART", Severity.WARNING,
                        ctx.describe(totalId) + "填了 " + Numbers.fmt(ctx.valueOrZero(totalId))
                                + "，但其各子栏目均未填写，无法核对“各子栏目数总数要等于总栏目数量”。请补填子栏目（没有的填 0）。",
                        partIds, ctx.locationOf(List.of(totalId))));
                continue;
            }
            SumCheck.check(ctx, "A-PART", totalId, partIds,
                    named(ctx) + "：" + ctx.describe(totalId) + "应等于其各子栏目之和（各子栏目数总数要等于总栏目数量）", Severity.ERROR)
                    .ifPresent(out::add);
        }
        return out;
    }

    static List<Finding> subsets(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        byAgainst(ctx, Check.SUBSET).forEach((against, rows) -> {
            String parentId = id(against);
            for (FormRow r : rows) {
                String subId = id(r.code());
                if (!ctx.filled(subId) || ctx.cell(parentId).isEmpty() || anyText(ctx, List.of(parentId))) {
                    continue;
                }
                BigDecimal sub = ctx.valueOrZero(subId);
                BigDecimal parent = ctx.valueOrZero(parentId);
                if (sub.compareTo(parent) > 0) {
                    String parentText = ctx.filled(parentId) ? "只有 " + Numbers.fmt(parent) : "空白";
                    out.add(new Finding("A-SUBSET", Severity.ERROR,
                            named(ctx) + "：“其中”项" + ctx.describe(subId) + "为 " + Numbers.fmt(sub) + "，不能大于它所属的"
                                    + ctx.describe(parentId) + "，而后者" + parentText + "。请核对这两项。",
                            List.of(subId, parentId), ctx.locationOf(List.of(subId)), parent, sub));
                }
            }
        });
        return out;
    }

    static List<Finding> channels(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        byAgainst(ctx, Check.CHANNEL).forEach((against, rows) -> {
            String totalId = id(against);
            List<String> channelIds = rows.stream().map(r -> id(r.code())).toList();
            List<String> all = new ArrayList<>(channelIds);
            all.add(totalId);
            List<String> filled = channelIds.stream().filter(ctx::filled).toList();
            if (ctx.cell(totalId).isEmpty() || anyText(ctx, all) || filled.isEmpty()) {
                return;
            }
            BigDecimal max = filled.stream().map(ctx::valueOrZero).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal sum = Numbers.sum(filled.stream().map(ctx::valueOrZero).toList());
            List<String> cells = new ArrayList<>();
            cells.add(totalId);
            cells.addAll(filled);
            String channelsText = String.join("、", filled.stream()
                    .map(i -> ctx.describe(i) + " " + Numbers.fmt(ctx.valueOrZero(i))).toList());
            String range = "应在 " + Numbers.fmt(max) + " 至 " + Numbers.fmt(sum) + " 之间";
            if (!ctx.filled(totalId)) {
                out.add(new Finding("A-CHANNEL", Severity.ERROR,
                        named(ctx) + "：" + ctx.describe(totalId) + "空白，但各渠道已填写（" + channelsText
                                + "）。同一信息在不同渠道公开只计 1 条，所以该数" + range
                                + "（不小于最大的渠道数，不大于各渠道之和）。请填写去重后的总数。",
                        cells, ctx.locationOf(List.of(totalId)), null, null));
                return;
            }
            BigDecimal total = ctx.valueOrZero(totalId);
            if (total.compareTo(max) < 0 || total.compareTo(sum) > 0) {
                BigDecimal expected = total.compareTo(max) < 0 ? max : sum;
                out.add(new Finding("A-CHANNEL", Severity.ERROR,
                        named(ctx) + "：" + ctx.describe(totalId) + "为 " + Numbers.fmt(total) + "，但按各渠道（" + channelsText
                                + "）它" + range + "。请核对总数或各渠道数。",
                        cells, ctx.locationOf(List.of(totalId)), expected, total));
            }
        });
        return out;
    }
}
