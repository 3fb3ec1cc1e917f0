package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.text.LegacyIndicators;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N1–N3: figures and absolute statements in the text against the tables. Only figures whose subject is clear
 * from the words right before them are compared; a sentence about an aggregate (全县, 各部门 …) or one that fits
 * another reading gives a warning, never an error.
 */
final class NarrativeRules {

    /** No digits and no clause break between the subject words and the number. */
    private static final String GAP = "[^，,。；;\\d]";
    /**
     * Between the subject and its number: no clause break, no digit, and no word that starts another subject or a
     * breakdown (其中, 分别, another 申请, a result such as 维持), so that "收到申请中当面申请5件" is not read as 5 received.
     */
    private static final String NEAR = "(?:(?!其中|分别|申请|复议|诉讼|维持|纠正|纠错|撤销|驳回|审结|败诉)[^，,。；;\\d])";

    /** What a stated figure is about. */
    private enum Subject {
        RECEIVED("收到申请"), CARRIED_IN("上年结转"), ANSWERED("办结/答复"), CARRIED_FORWARD("结转下年度"),
        OUTCOME("办理结果"), REVIEW("行政复议"), LITIGATION("行政诉讼"), PROACTIVE("主动公开");

        final String words;

        Subject(String words) {
            this.words = words;
        }
    }

    private record Pat(Subject subject, Pattern pattern) {
    }

    private static final List<Pat> FIGURES = List.of(
            new Pat(Subject.CARRIED_FORWARD, Pattern.compile(
                    "(?:结转|顺延|转入|延续)(?:至|到)?下一?年度?" + GAP + "{0,10}?(\\d+)件")),
            new Pat(Subject.CARRIED_IN, Pattern.compile("(?:上一?年度?|去年)结转" + GAP + "{0,12}?(\\d+)件")),
            new Pat(Subject.RECEIVED, Pattern.compile(
                    "(?:受理|收到|接收|接到|新收)(?:(?!申请)" + GAP + "){0,20}?申请" + NEAR + "{0,6}?(\\d+)件")),
            new Pat(Subject.ANSWERED, Pattern.compile("(?:办结|答复|办理完毕)" + NEAR + "{0,8}?(\\d+)件")),
            new Pat(Subject.OUTCOME, Pattern.compile("((?:予以公开|部分公开|不予公开|无法提供|不予处理)"
                    + "(?:(?:及|和|与|、)(?:予以公开|部分公开|不予公开|无法提供|不予处理))*)" + GAP + "{0,4}?(\\d+)件")),
            new Pat(Subject.REVIEW, Pattern.compile("行政复议(?:案件|申请)?" + NEAR + "{0,6}?(\\d+)(?:件|起|宗)")),
            new Pat(Subject.LITIGATION, Pattern.compile("行政诉讼(?:案件)?" + NEAR + "{0,6}?(\\d+)(?:件|起|宗)")),
            new Pat(Subject.PROACTIVE, Pattern.compile("主动公开" + NEAR + "{0,16}?(\\d+)条")));

    private static final Pattern AGGREGATE = Pattern.compile(
            "全县|全市|全区|全省|全镇|全乡|全州|全旗|各级|各部门|各单位|各乡镇|系统内|全系统|累计|分别|直接|本级");
    private static final Pattern OUTCOME_WORD = Pattern.compile("予以公开|部分公开|不予公开|无法提供|不予处理");
    private static final Pattern NONE_RECEIVED = Pattern.compile(
            "(?:未|没有|无)(?:收到|受理|接到|接收|新收)" + GAP + "{0,12}?申请");
    private static final Pattern NO_CASES = Pattern.compile(
            "(?:(?:未|没有|无)(?:发生|收到|出现|产生|涉及|被|因)|没有|无(?=政府信息公开|行政复议|行政诉讼))" + GAP
                    + "{0,20}?(行政复议|行政诉讼)((?:、|和|及|或|与)(?:提起)?行政诉讼)?");
    private static final Pattern ALL_UPHELD = Pattern.compile("均(?:获|被|予以|予)?维持|全部(?:获|被)?维持");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:件|条|次|个|人次|篇|项)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

    private NarrativeRules() {
    }

    private record Sentence(String text, Paragraph paragraph) {
    }

    private static List<Sentence> sentences(ValidationContext ctx) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : ctx.paragraphs()) {
            for (String s : TextRules.normalise(p.text()).split("[。;；!！?？\\n]")) {
                if (!s.isBlank()) {
                    out.add(new Sentence(s, p));
                }
            }
        }
        return out;
    }

    // ---- targets: which cells a subject means, derived from the form's labels --------------------------------

    private static List<String> totals(FormDefinition form, FormTable t, List<FormRow> rows) {
        Optional<FormColumn> total = FormShape.totalColumn(form, t);
        return total.map(c -> rows.stream().map(r -> FormShape.id(t, r, c)).toList()).orElse(List.of());
    }

    private static List<String> targets(ValidationContext ctx, Subject subject, String words, boolean withCarriedIn) {
        if (ctx.report().format() == ReportFormat.LEGACY_2008) {
            Optional<FormTable> l = ctx.form().table("L");
            if (l.isEmpty()) {
                return List.of();
            }
            String label = switch (subject) {
                case RECEIVED -> "收到申请数";
                case ANSWERED -> words.contains("办结") ? "申请办结数" : "申请答复数";
                case REVIEW -> "行政复议数量";
                case LITIGATION -> "行政诉讼数量";
                case PROACTIVE -> "主动公开政府信息数";
                default -> "";
            };
            if (label.isEmpty() || withCarriedIn) {
                return List.of();
            }
            List<String> labelled = FormShape.rowsLabelled(l.get(), label).stream().limit(1)
                    .map(r -> "L:" + r.code()).toList();
            // a province's form names the indicator otherwise; its row with the same meaning has the national id
            return !labelled.isEmpty() ? labelled : LegacyIndicators.code(label).map(code -> "L:" + code)
                    .filter(id -> ctx.form().cell(id).isPresent()).stream().toList();
        }
        Optional<FormTable> t3 = ctx.form().table("T3");
        Optional<FormTable> t4 = ctx.form().table("T4");
        if (t3.isEmpty() || t4.isEmpty()) {
            return List.of();
        }
        List<FormRow> rows = new ArrayList<>();
        FormTable t = t3.get();
        switch (subject) {
            case RECEIVED -> {
                rows.addAll(FormShape.rowsLabelled(t, "本年新收"));
                if (withCarriedIn) {
                    rows.addAll(FormShape.rowsLabelled(t, "上年结转"));
                }
            }
            case CARRIED_IN -> rows.addAll(FormShape.rowsLabelled(t, "上年结转"));
            case ANSWERED -> FormShape.totalRowOfParts(ctx.form(), t).ifPresent(rows::add);
            case CARRIED_FORWARD -> rows.addAll(FormShape.rowsLabelled(t, "结转下年度"));
            case OUTCOME -> {
                Matcher m = OUTCOME_WORD.matcher(words);
                while (m.find()) {
                    rows.addAll(FormShape.rowsMeant(t, m.group()));
                }
            }
            case REVIEW -> {
                t = t4.get();
                rows.addAll(FormShape.rowsMeant(t, "行政复议"));
            }
            case LITIGATION -> {
                t = t4.get();
                rows.addAll(FormShape.rowsMeant(t, "行政诉讼"));
            }
            default -> {
                return List.of();
            }
        }
        return totals(ctx.form(), t, rows);
    }

    /** Sum of the cells, or empty when the table has no usable value for them. */
    private static Optional<BigDecimal> tableValue(ValidationContext ctx, List<String> ids) {
        if (ids.isEmpty() || ids.stream().anyMatch(id -> ctx.cell(id).isEmpty())
                || ids.stream().anyMatch(id -> ctx.cell(id).get().state() == CellState.TEXT)
                || ids.stream().noneMatch(ctx::filled)) {
            return Optional.empty();
        }
        return Optional.of(Numbers.sum(ids.stream().map(ctx::valueOrZero).toList()));
    }

    /** The clause of the sentence that holds the match, as the clerk will find it in the text. */
    private static String quote(String sentence, Matcher m) {
        int from = Math.max(sentence.lastIndexOf(',', m.start()), sentence.lastIndexOf('，', m.start())) + 1;
        int to = m.end();
        while (to < sentence.length() && ",，:：".indexOf(sentence.charAt(to)) < 0 && to - m.end() < 20) {
            to++;
        }
        return sentence.substring(Math.min(from, m.start()), to);
    }

    // ---- N1 -----------------------------------------------------------------------------------------------

    static List<Finding> figures(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : sentences(ctx)) {
            List<int[]> used = new ArrayList<>();
            for (Pat p : FIGURES) {
                Matcher m = p.pattern().matcher(s.text());
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (used.stream().anyMatch(u -> start < u[1] && end > u[0])) {
                        continue;
                    }
                    String span = m.group();
                    if ((p.subject() == Subject.RECEIVED || p.subject() == Subject.ANSWERED)
                            && span.matches(".*(复议|诉讼|投诉|举报|上年|结转).*")) {
                        continue;
                    }
                    if (p.subject() == Subject.ANSWERED && clauseBefore(s.text(), start).matches(".*(复议|诉讼).*")) {
                        continue;
                    }
                    // "行政复议、行政诉讼共3件" counts both: no single subject to compare
                    if ((p.subject() == Subject.REVIEW || p.subject() == Subject.LITIGATION)
                            && clauseBefore(s.text(), start).matches(".*(复议|诉讼)[、和及与或]?")) {
                        continue;
                    }
                    used.add(new int[]{start, end});
                    BigDecimal stated = new BigDecimal(m.group(m.groupCount()));
                    String after = s.text().substring(end, Math.min(s.text().length(), end + 6));
                    boolean withCarriedIn = p.subject() == Subject.RECEIVED
                            && (span.contains("含上年") || after.matches("^[(（]?(含|包括)上一?年.*"));
                    compare(ctx, s, m, p.subject(), span, withCarriedIn, stated).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static String clauseBefore(String sentence, int index) {
        String before = sentence.substring(0, index);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
        return before.substring(cut + 1);
    }

    private static Optional<Finding> compare(ValidationContext ctx, Sentence s, Matcher m, Subject subject,
                                             String span, boolean withCarriedIn, BigDecimal stated) {
        List<String> ids = targets(ctx, subject, span, withCarriedIn);
        Optional<BigDecimal> table = tableValue(ctx, ids);
        if (table.isEmpty() || Numbers.same(table.get(), stated) || statesAPart(ctx, ids, stated)) {
            return Optional.empty();
        }
        boolean ambiguous = AGGREGATE.matcher(s.text()).find();
        String hint = "";
        if (subject == Subject.RECEIVED && !withCarriedIn) {
            Optional<BigDecimal> withCarry = tableValue(ctx, targets(ctx, subject, span, true));
            if (withCarry.isPresent() && Numbers.same(withCarry.get(), stated)) {
                ambiguous = true;
                hint = "正文的数字等于本年新收加上年结转，如是这样请在正文中注明“含上年结转”。";
            }
        }
        String cellsText = String.join("、", ids.stream().map(ctx::describe).toList());
        String msg = "正文“" + quote(s.text(), m) + "”中的" + subject.words + "数 " + Numbers.fmt(stated) + " 与表格不一致：表格中"
                + cellsText + (ids.size() > 1 ? "合计" : "") + "为 " + Numbers.fmt(table.get()) + "。"
                + (hint.isEmpty() ? "" : hint)
                + (ambiguous && hint.isEmpty() ? "该句可能说的是汇总或其他口径的数字，请核对。" : "")
                + "请核对正文和表格，使两者一致。";
        return Optional.of(new Finding("N1", ambiguous ? Severity.WARNING : Severity.ERROR, msg, ids,
                s.paragraph().location(), table.get(), stated));
    }

    /**
     * Whether a figure equals one of the rows printed under the legacy indicator compared with ("在互联网上…主动公开
     * 1795条" is the 政府网站 row of 主动公开信息数): the text then speaks of that part, not of the total.
     */
    private static boolean statesAPart(ValidationContext ctx, List<String> ids, BigDecimal stated) {
        if (ids.size() != 1 || !ids.get(0).startsWith("L:")) {
            return false;
        }
        String code = ids.get(0).substring(2);
        return ctx.form().table("L").stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.parent().equals(code) || r.against().equals(code))
                .map(r -> ctx.cell("L:" + r.code())).flatMap(Optional::stream)
                .anyMatch(c -> c.value() != null && Numbers.same(c.value(), stated));
    }

    // ---- N2 -----------------------------------------------------------------------------------------------

    static List<Finding> statements(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean legacy = ctx.report().format() == ReportFormat.LEGACY_2008;
        for (Sentence s : sentences(ctx)) {
            Severity severity = AGGREGATE.matcher(s.text()).find() ? Severity.WARNING : Severity.ERROR;
            Matcher none = NONE_RECEIVED.matcher(s.text());
            if (none.find() && !none.group().matches(".*(复议|诉讼|投诉|举报|结转).*")) {
                List<String> ids = legacy ? targets(ctx, Subject.RECEIVED, "", false) : rowCells(ctx, "T3",
                        FormShape.rowsLabelled(ctx.form().table("T3").orElseThrow(), "本年新收"));
                nonZero(ctx, s, none, ids, "没有收到申请", severity).ifPresent(out::add);
            }
            Matcher noCases = NO_CASES.matcher(s.text());
            if (noCases.find() && !s.text().matches(".*(纠错|纠正|败诉|撤销|维持|未经|无法|无正当|\\d).*")) {
                List<String> ids = new ArrayList<>();
                boolean review = noCases.group(1).equals("行政复议");
                boolean litigation = !review || noCases.group(2) != null;
                ids.addAll(review ? caseCells(ctx, Subject.REVIEW) : List.of());
                ids.addAll(litigation ? caseCells(ctx, Subject.LITIGATION) : List.of());
                nonZero(ctx, s, noCases, ids, "没有" + (review ? "行政复议" : "") + (review && litigation ? "、" : "")
                        + (litigation ? "行政诉讼" : "") + "案件", severity).ifPresent(out::add);
            }
            Matcher upheld = ALL_UPHELD.matcher(s.text());
            if (upheld.find() && !legacy) {
                List<String> ids = new ArrayList<>();
                if (s.text().contains("复议")) {
                    ids.addAll(notUpheldCells(ctx, "行政复议"));
                }
                if (s.text().contains("诉讼")) {
                    ids.addAll(notUpheldCells(ctx, "行政诉讼"));
                }
                nonZero(ctx, s, upheld, ids, "案件均获维持（没有被纠正或尚未审结的）", severity).ifPresent(out::add);
            }
        }
        if (!legacy) {
            for (Section sec : ctx.report().sections()) {
                String body = TextRules.normalise(sec.text()).replaceAll("[。.]$", "");
                if (!body.equals("无") && !body.equals("本年度无")) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                if (sec.heading().matches(".*(复议|诉讼).*")) {
                    ids.addAll(caseCells(ctx, Subject.REVIEW));
                    ids.addAll(caseCells(ctx, Subject.LITIGATION));
                } else if (sec.heading().contains("申请")) {
                    ids.addAll(rowCells(ctx, "T3", FormShape.rowsLabelled(ctx.form().table("T3").orElseThrow(),
                            "本年新收")));
                }
                if (!ids.isEmpty()) {
                    Sentence s = new Sentence(body, sec.paragraphs().isEmpty()
                            ? new Paragraph(body, sec.location()) : sec.paragraphs().get(0));
                    Matcher m = Pattern.compile(".*").matcher(body);
                    m.find();
                    nonZero(ctx, s, m, ids, "“" + sec.printedHeading() + "”下写“无”", Severity.ERROR).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static List<String> rowCells(ValidationContext ctx, String table, List<FormRow> rows) {
        FormTable t = ctx.form().table(table).orElseThrow();
        List<String> ids = new ArrayList<>();
        for (FormRow r : rows) {
            for (FormColumn c : t.columnsOf(r.parent())) {
                ids.add(FormShape.id(t, r, c));
            }
        }
        return ids;
    }

    private static List<String> caseCells(ValidationContext ctx, Subject subject) {
        if (ctx.report().format() == ReportFormat.LEGACY_2008) {
            return targets(ctx, subject, "", false);
        }
        FormTable t4 = ctx.form().table("T4").orElseThrow();
        return rowCells(ctx, "T4", FormShape.rowsMeant(t4, subject == Subject.REVIEW ? "行政复议" : "行政诉讼"));
    }

    /** The 结果纠正 and 尚未审结 cells of the rows a phrase means. */
    private static List<String> notUpheldCells(ValidationContext ctx, String phrase) {
        FormTable t4 = ctx.form().table("T4").orElseThrow();
        List<String> ids = new ArrayList<>();
        for (FormRow r : FormShape.rowsMeant(t4, phrase)) {
            for (FormColumn c : t4.columnsOf(r.parent())) {
                if (c.label().contains("纠正") || c.label().contains("尚未")) {
                    ids.add(FormShape.id(t4, r, c));
                }
            }
        }
        return ids;
    }

    private static Optional<Finding> nonZero(ValidationContext ctx, Sentence s, Matcher m, List<String> ids,
                                             String claim, Severity severity) {
        Set<String> nonZero = new LinkedHashSet<>();
        for (String id : ids) {
            if (ctx.valueOrZero(id).signum() != 0) {
                nonZero.add(id);
            }
        }
        if (nonZero.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = Numbers.sum(nonZero.stream().map(ctx::valueOrZero).toList());
        String detail = String.join("、", nonZero.stream()
                .map(id -> ctx.describe(id) + " " + Numbers.fmt(ctx.valueOrZero(id))).toList());
        return Optional.of(new Finding("N2", severity, "正文“" + quote(s.text(), m) + "”表示" + claim + "，但表格中"
                + detail + "。请核对正文和表格，使两者一致。", List.copyOf(nonZero), s.paragraph().location(),
                BigDecimal.ZERO, sum));
    }

    // ---- N3 -----------------------------------------------------------------------------------------------

    static List<Finding> percentages(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : sentences(ctx)) {
            // only "A件…B件，占P%": a rate (办结率) usually relates other numbers than the two stated
            if (!s.text().contains("占")) {
                continue;
            }
            List<BigDecimal> counts = new ArrayList<>();
            Matcher c = COUNT.matcher(s.text());
            while (c.find()) {
                counts.add(new BigDecimal(c.group(1)));
            }
            List<String> pctTexts = PERCENT.matcher(s.text()).results().map(r -> r.group(1)).toList();
            if (counts.size() != 2 || pctTexts.size() != 1 || counts.get(0).signum() == 0) {
                continue;
            }
            BigDecimal stated = new BigDecimal(pctTexts.get(0));
            int decimals = Math.max(0, stated.scale());
            BigDecimal computed = counts.get(1).multiply(BigDecimal.valueOf(100))
                    .divide(counts.get(0), decimals + 4, RoundingMode.HALF_UP);
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).multiply(new BigDecimal("0.5"))
                    .add(new BigDecimal("0.01"));
            if (computed.subtract(stated).abs().compareTo(tolerance) > 0) {
                BigDecimal rounded = computed.setScale(decimals, RoundingMode.HALF_UP);
                out.add(new Finding("N3", Severity.WARNING, "正文“" + s.text() + "”中的百分比 " + Numbers.fmt(stated)
                        + "% 与所述数字不符：" + Numbers.fmt(counts.get(1)) + " ÷ " + Numbers.fmt(counts.get(0)) + " = "
                        + Numbers.fmt(rounded) + "%。请核对。", List.of(), s.paragraph().location(), rounded, stated));
            }
        }
        return out;
    }
}
