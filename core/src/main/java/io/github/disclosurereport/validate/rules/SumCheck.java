package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "total = sum of parts" for one set of cells, with the blank and text conventions of rules.md. */
final class SumCheck {

    private SumCheck() {
    }

    /**
     * Compares the total cell with the sum of the part cells. Blank parts count as 0; a blank total with filled
     * parts is an error of its own. Skipped when a cell is missing, holds text (S9 reports it) or everything is blank.
     *
     * @param what how the relation reads in the message, e.g. 表三“总计”列：（七）总计应等于各办理结果之和
     */
    static Optional<Finding> check(ValidationContext ctx, String rule, String totalId, List<String> partIds,
                                   String what) {
        Optional<Cell> total = ctx.cell(totalId);
        if (total.isEmpty() || partIds.stream().anyMatch(id -> ctx.cell(id).isEmpty())) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(partIds);
        all.add(totalId);
        if (all.stream().anyMatch(id -> ctx.cell(id).get().state() == CellState.TEXT)) {
            return Optional.empty();
        }
        boolean anyPart = partIds.stream().anyMatch(ctx::filled);
        boolean totalFilled = total.get().value() != null;
        if (!anyPart && !totalFilled) {
            return Optional.empty();
        }
        BigDecimal expected = Numbers.sum(partIds.stream().map(ctx::valueOrZero).toList());
        List<String> cells = new ArrayList<>();
        cells.add(totalId);
        cells.addAll(partIds.stream().filter(ctx::filled).toList());
        if (!totalFilled) {
            return Optional.of(new Finding(rule, Severity.ERROR,
                    what + "：合计单元格" + ctx.describe(totalId) + "空白，但其分项已填写，分项之和为 "
                            + Numbers.fmt(expected) + "。请填写合计 " + Numbers.fmt(expected) + "。",
                    cells, ctx.locationOf(List.of(totalId)), expected, null));
        }
        BigDecimal actual = total.get().value();
        if (Numbers.same(expected, actual)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(rule, Severity.ERROR,
                what + "：" + ctx.describe(totalId) + "填的是 " + Numbers.fmt(actual) + "，但分项之和为 "
                        + Numbers.fmt(expected) + "（" + (actual.compareTo(expected) > 0 ? "多 " : "少 ")
                        + Numbers.fmt(actual.subtract(expected).abs()) + "）。请核对合计或分项。",
                cells, ctx.locationOf(List.of(totalId)), expected, actual));
    }
}
