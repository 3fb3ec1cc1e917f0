package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.SumRelation;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "total = sum of parts" for one set of cells, with the conventions of rules.md "Blank is not zero": a blank part
 * adds nothing, but parts that are all blank are no sum of 0 and are not compared; a blank total with filled parts
 * is a gap to fill (its number stated), not a wrong total.
 */
final class SumCheck {

    private SumCheck() {
    }

    /** How a relation stands: not comparable, consistent, a blank total to fill, or a printed total that differs. */
    enum State { NOT_COMPARED, AGREES, BLANK_TOTAL, DIFFERS }

    /** The state of one relation and the sum of its filled parts. */
    record Outcome(State state, BigDecimal partsSum, List<String> cells) {
    }

    /**
     * Where a relation stands. Not compared when a cell is missing, holds text (S9 reports it) or every part is
     * blank.
     */
    static Outcome assess(ValidationContext ctx, String totalId, List<String> formParts) {
        List<String> partIds = asPrinted(ctx, formParts);
        Optional<Cell> total = ctx.cell(totalId);
        if (total.isEmpty() || total.get().state() == CellState.TEXT) {
            return new Outcome(State.NOT_COMPARED, null, List.of());
        }
        // each part looked up once: a report's hundred sums are most of the validator's map look-ups
        List<String> cells = new ArrayList<>();
        cells.add(totalId);
        List<BigDecimal> values = new ArrayList<>(partIds.size());
        for (String id : partIds) {
            Optional<Cell> part = ctx.cell(id);
            if (part.isEmpty() || part.get().state() == CellState.TEXT) {
                return new Outcome(State.NOT_COMPARED, null, List.of());
            }
            BigDecimal v = part.get().value();
            values.add(v == null ? BigDecimal.ZERO : v);
            if (v != null) {
                cells.add(id);
            }
        }
        if (cells.size() == 1) {
            return new Outcome(State.NOT_COMPARED, null, List.of()); // every part blank: nothing to compare
        }
        BigDecimal expected = Numbers.sum(values);
        if (total.get().value() == null) {
            return new Outcome(State.BLANK_TOTAL, expected, cells);
        }
        return new Outcome(Numbers.same(expected, total.get().value()) ? State.AGREES : State.DIFFERS, expected,
                cells);
    }

    /**
     * Compares the total cell with the sum of the part cells: a printed total that differs is an ERROR; a blank
     * total with filled parts is reported with {@code blankTotal} severity (rules.md: a completeness WARNING for the
     * standard tables, an ERROR for the legacy indicators).
     *
     * @param what how the relation reads in the message, e.g. 表三“总计”列：（七）总计应等于各办理结果之和
     */
    static Optional<Finding> check(ValidationContext ctx, String rule, String totalId, List<String> partIds,
                                   String what, Severity blankTotal) {
        return check(ctx, rule, totalId, partIds, () -> what, blankTotal);
    }

    /** As {@link #check(ValidationContext, String, String, List, String, Severity)}, the wording made only for a finding
     *  (a table has a hundred sums, nearly all of them agree). */
    static Optional<Finding> check(ValidationContext ctx, String rule, String totalId, List<String> partIds,
                                   Supplier<String> what, Severity blankTotal) {
        Outcome o = assess(ctx, totalId, partIds);
        BigDecimal expected = o.partsSum();
        switch (o.state()) {
            case BLANK_TOTAL -> {
                return Optional.of(new Finding(rule, blankTotal,
                        what.get() + "：合计" + ctx.describe(totalId) + "空白，其分项已填写，分项之和为 "
                                + Numbers.fmt(expected) + "。请填写合计 " + Numbers.fmt(expected) + "。",
                        o.cells(), ctx.locationOf(List.of(totalId)), expected, null));
            }
            case DIFFERS -> {
                BigDecimal actual = ctx.cell(totalId).orElseThrow().value();
                return Optional.of(new Finding(rule, Severity.ERROR,
                        what.get() + "：" + ctx.describe(totalId) + "填的是 " + Numbers.fmt(actual) + "，但分项之和为 "
                                + Numbers.fmt(expected) + "（" + (actual.compareTo(expected) > 0 ? "多 " : "少 ")
                                + Numbers.fmt(actual.subtract(expected).abs()) + "）。请核对合计或分项。",
                        o.cells(), ctx.locationOf(List.of(totalId)), expected, actual));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The parts as the report prints them: a part the report lacks is stood for by the row of its group when the
     * report prints that group as one row (（六）其他处理 kept from the trial layout in a 2021 table: that row is the
     * part in place of R3.6.1–R3.6.3, rules.md A2).
     */
    static List<String> asPrinted(ValidationContext ctx, List<String> partIds) {
        List<String> out = new ArrayList<>();
        for (String id : partIds) {
            String use = id;
            if (ctx.cell(id).isEmpty()) {
                Optional<String> group = ctx.form().cell(id).map(d -> d.row().parent())
                        .filter(p -> !p.isEmpty())
                        .map(p -> d(id, p));
                if (group.isPresent() && ctx.cell(group.get()).isPresent()) {
                    use = group.get();
                }
            }
            if (!out.contains(use)) {
                out.add(use);
            }
        }
        return out;
    }

    /** The id of the same column in another row: T3:R3.6.1:natural with row R3.6 → T3:R3.6:natural. */
    private static String d(String id, String row) {
        String[] p = id.split(":");
        return p.length == 3 ? p[0] + ":" + row + ":" + p[2] : id;
    }

    /**
     * The value a cell stands for in a comparison: its number; for a blank total whose parts are (partly) filled,
     * the sum of its parts (rules.md: compared with the sum of its parts when the total is blank); else empty.
     */
    static Optional<BigDecimal> effective(ValidationContext ctx, String id) {
        Optional<Cell> c = ctx.cell(id);
        if (c.isEmpty() || c.get().state() == CellState.TEXT) {
            return Optional.empty();
        }
        if (c.get().value() != null) {
            return Optional.of(c.get().value());
        }
        if (c.get().state() != CellState.EMPTY) {
            return Optional.empty();
        }
        for (SumRelation s : ctx.form().sumRelations()) {
            if (s.totalId().equals(id)) {
                Outcome o = assess(ctx, id, s.partIds());
                if (o.state() == State.BLANK_TOTAL) {
                    return Optional.of(o.partsSum());
                }
            }
        }
        return Optional.empty();
    }
}
