package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;

/** A5, A6 (with last year's report) and A7 (规章 only for organs with rule-making power). */
final class CrossChecks {

    /** T2 column codes of the 2021 form: issued, repealed, in force. */
    private static final String ISSUED = "issued";
    private static final String REPEALED = "repealed";
    private static final String IN_FORCE = "in_force";

    private CrossChecks() {
    }

    /** A5: this year's 上年结转 (第二项) equals last year's 结转下年度 (第四项), per column. */
    static List<Finding> carryOver(ValidationContext ctx) {
        if (PreviousYear.usable(ctx).isEmpty()) {
            return List.of();
        }
        Report prev = PreviousYear.usable(ctx).get();
        List<FormRow> items = FormShape.balanceItems(ctx.form(), "T3");
        if (items.isEmpty()) {
            return List.of();
        }
        FormTable t = ctx.form().table("T3").orElseThrow();
        List<Finding> out = new ArrayList<>();
        for (FormColumn c : t.columns()) {
            String thisId = FormShape.id(t, items.get(1), c);
            String prevId = FormShape.id(t, items.get(3), c);
            BigDecimal last = prev.cell(prevId).map(Cell::value).orElse(null);
            if (last == null || ctx.cell(thisId).isEmpty()) {
                continue;
            }
            BigDecimal now = ctx.cell(thisId).get().value();
            if (now == null || !Numbers.same(now, last)) {
                out.add(new Finding("A5", Severity.WARNING,
                        "表三“" + c.label() + "”列：本年" + items.get(1).label() + "为 " + Numbers.fmt(now)
                                + "，但上一年度报告的" + items.get(3).label() + "为 " + Numbers.fmt(last)
                                + "，两者应当相等。请核对或在报告中说明原因。",
                        List.of(thisId), ctx.locationOf(List.of(thisId)), last, now));
            }
        }
        return out;
    }

    /** A6: 现行有效件数(y) = 现行有效件数(y-1) + 本年制发件数(y) - 本年废止件数(y), for each T2 row that has these columns. */
    static List<Finding> inForce(ValidationContext ctx) {
        if (PreviousYear.usable(ctx).isEmpty()) {
            return List.of();
        }
        Report prev = PreviousYear.usable(ctx).get();
        Optional<FormTable> t = ctx.form().table("T2");
        if (t.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (FormRow r : t.get().rows()) {
            String prefix = "T2:" + r.code() + ":";
            String issued = prefix + ISSUED;
            String repealed = prefix + REPEALED;
            String inForce = prefix + IN_FORCE;
            if (ctx.form().cell(inForce).isEmpty() || ctx.form().cell(issued).isEmpty()
                    || ctx.form().cell(repealed).isEmpty()) {
                continue;
            }
            BigDecimal last = prev.cell(inForce).map(Cell::value).orElse(null);
            if (last == null || !ctx.filled(inForce)) {
                continue;
            }
            BigDecimal expected = last.add(ctx.valueOrZero(issued)).subtract(ctx.valueOrZero(repealed));
            BigDecimal actual = ctx.valueOrZero(inForce);
            if (!Numbers.same(expected, actual)) {
                out.add(new Finding("A6", Severity.WARNING,
                        "表二“" + r.label() + "”：上年现行有效 " + Numbers.fmt(last) + " 件，加本年制发 "
                                + Numbers.fmt(ctx.valueOrZero(issued)) + " 件，减本年废止 "
                                + Numbers.fmt(ctx.valueOrZero(repealed)) + " 件，应为 " + Numbers.fmt(expected)
                                + " 件，但表中现行有效件数为 " + Numbers.fmt(actual) + "。请核对或说明原因。",
                        List.of(inForce, issued, repealed), ctx.locationOf(List.of(inForce)), expected, actual));
            }
        }
        return out;
    }

    /** Sentences shorter than this are no evidence of copying (headings, "无", "详见下表"). */
    private static final int MIN_SENTENCE = 10;
    /** Paragraphs named in the message at the most; more are counted. */
    private static final int MAX_PLACES = 6;
    /** Characters of a copied sentence quoted: enough for the clerk to find it. */
    private static final int QUOTED = 30;

    /** A sentence of the narrative as printed, its text for comparing (spaces and widths folded) and its paragraph. */
    private record Sentence(String printed, String key, SourceLocation location) {
    }

    /**
     * D3: the narrative repeats last year's word for word — more than half of this year's sentences (of at least
     * {@value #MIN_SENTENCE} characters) are identical to sentences of last year's report. The finding quotes the
     * first copied sentence and names the paragraphs that hold copied ones, so the clerk knows what to rewrite.
     */
    static List<Finding> copiedNarrative(ValidationContext ctx) {
        Optional<Report> prev = PreviousYear.usable(ctx);
        if (prev.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> last = new java.util.HashSet<>(sentences(prev.get()).stream().map(Sentence::key)
                .toList());
        List<Sentence> now = sentences(ctx.report());
        if (now.size() < 3) {
            return List.of();
        }
        List<Sentence> copied = now.stream().filter(s -> last.contains(s.key())).toList();
        if (copied.size() * 2 <= now.size()) {
            return List.of();
        }
        long percent = Math.round(copied.size() * 100.0 / now.size());
        List<String> places = copied.stream().map(s -> s.location().describe()).distinct().toList();
        String where = places.size() <= MAX_PLACES ? String.join("、", places)
                : String.join("、", places.subList(0, MAX_PLACES - 1)) + "等 " + places.size() + " 处";
        Sentence first = copied.get(0);
        String quote = first.printed().length() <= QUOTED ? first.printed()
                : first.printed().substring(0, QUOTED) + "……";
        return List.of(Finding.of("D3", Severity.WARNING, "正文的 " + now.size() + " 句中有 " + copied.size() + " 句（"
                + percent + "%）与上一年度报告一字不差，在" + where + "，如" + first.location().describe() + "“" + quote
                + "”。评议中照搬上年内容的报告会被扣分，请按本年度的实际工作重写这些段落。", List.of(), first.location()));
    }

    /** Where a sentence ends, as printed (full- and half-width). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。｡;；!！?？]");

    private static List<Sentence> sentences(Report r) {
        List<Sentence> out = new ArrayList<>();
        List<io.github.disclosurereport.model.Paragraph> paragraphs = new ArrayList<>(r.preamble());
        r.sections().forEach(s -> paragraphs.addAll(s.paragraphs()));
        for (io.github.disclosurereport.model.Paragraph p : paragraphs) {
            for (String s : SENTENCE_END.split(p.text())) {
                String key = TextRules.normalise(s);
                if (key.length() >= MIN_SENTENCE) {
                    out.add(new Sentence(s.strip(), key, p.location()));
                }
            }
        }
        return out;
    }

    /** A7: 规章 rows non-zero for an organ that clearly has no rule-making power. */
    static List<Finding> rulesPower(ValidationContext ctx) {
        Optional<FormTable> t = ctx.form().table("T2");
        String org = ctx.report().metadata().organization();
        if (t.isEmpty() || Organs.level(org) != Organs.Level.NO_RULE_MAKING) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (FormRow r : t.get().rows()) {
            if (!Labels.keyWithoutNumbering(r.label()).equals("规章")) {
                continue;
            }
            for (FormColumn c : t.get().columnsOf(r.parent())) {
                String id = FormShape.id(t.get(), r, c);
                BigDecimal v = ctx.valueOrZero(id);
                if (v.signum() != 0) {
                    out.add(new Finding("A7", Severity.WARNING,
                            "表二" + ctx.describe(id) + "为 " + Numbers.fmt(v) + "，但“" + org
                                    + "”没有制定规章的权限（只有省级政府、设区的市和自治州政府、国务院部门可以制定规章）。"
                                    + "请核对，规章以外的文件应填入“行政规范性文件”行。",
                            List.of(id), ctx.locationOf(List.of(id)), BigDecimal.ZERO, v));
                }
            }
        }
        return out;
    }
}
