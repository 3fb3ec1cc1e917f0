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
import io.github.disclosurereport.text.NothingToReport;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationContext;

import java.lang.ref.WeakReference;
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
        OUTCOME("办理结果"), REVIEW("行政复议"), LITIGATION("行政诉讼"), CASE_RESULT("复议诉讼结果"),
        PROACTIVE("主动公开");

        final String words;

        Subject(String words) {
            this.words = words;
        }
    }

    /**
     * A figure's pattern and a word every match of it contains: a sentence without the word is not scanned (ten
     * patterns with lazy gaps over every sentence were most of the validator's time).
     */
    private record Pat(Subject subject, Pattern pattern, String required) {
        Pat(Subject subject, Pattern pattern) {
            this(subject, pattern, "");
        }
    }

    private static final String OUTCOMES = "予以公开|部分公开|不予公开|无法提供|不予处理|其他处理";

    private static final List<Pat> FIGURES = List.of(
            new Pat(Subject.CARRIED_FORWARD, Pattern.compile(
                    "(?:结转|顺延|转入|延续)(?:至|到)?下一?年度?" + GAP + "{0,10}?(\\d+)件"), "下"),
            // "另有130件顺延到下年度": the number before the verb
            new Pat(Subject.CARRIED_FORWARD, Pattern.compile(
                    "(\\d+)件(?:申请)?(?:需|将|已|被)?(?:结转|顺延|转入|延续)(?:至|到)?下一?年度?"), "下"),
            new Pat(Subject.CARRIED_IN, Pattern.compile("(?:上一?年度?|去年)结转" + GAP + "{0,12}?(\\d+)件"), "结转"),
            new Pat(Subject.RECEIVED, Pattern.compile(
                    "(?:受理|收到|接收|接到|新收)(?:(?!申请)" + GAP + "){0,20}?申请" + NEAR + "{0,6}?(\\d+)件"), "申请"),
            // "办结依申请公开81件": the applications named right after the verb
            new Pat(Subject.ANSWERED, Pattern.compile("(?:办结|答复|办理完毕)(?:依申请公开|政府信息公开申请|申请)?" + NEAR
                    + "{0,8}?(\\d+)件"), "件"),
            new Pat(Subject.OUTCOME, Pattern.compile("((?:" + OUTCOMES + ")(?:(?:及|和|与|、)(?:" + OUTCOMES
                    + "))*)" + GAP + "{0,4}?(\\d+)件"), "件"),
            // the 表四 columns by their printed names: 结果维持72件…尚未审结37件
            new Pat(Subject.CASE_RESULT, Pattern.compile("(结果维持|结果纠正|其他结果|尚未审结)" + GAP
                    + "{0,4}?(\\d+)(?:件|起|宗)")),
            new Pat(Subject.REVIEW, Pattern.compile("行政复议(?:案件|申请)?" + NEAR + "{0,6}?(\\d+)(?:件|起|宗)"), "行政复议"),
            new Pat(Subject.LITIGATION, Pattern.compile("行政诉讼(?:案件)?" + NEAR + "{0,6}?(\\d+)(?:件|起|宗)"), "行政诉讼"),
            new Pat(Subject.PROACTIVE, Pattern.compile("主动公开" + NEAR + "{0,16}?(\\d+)条"), "主动公开"));

    private static final Pattern AGGREGATE = Pattern.compile(
            "全县|全市|全区|全省|全镇|全乡|全州|全旗|各级|各部门|各单位|各乡镇|系统内|全系统|累计|分别|直接|本级|代表");
    private static final Pattern OUTCOME_WORD = Pattern.compile(OUTCOMES);
    /** An organ named as the subject of a figure: another scope than the report's organ when it is not part of it. */
    private static final Pattern ORGAN = Pattern.compile(
            "(?:(?!受理|收到|接收|接到|办结|答复|公开|申请|年度|共|新)[\\u4e00-\\u9fa5]){1,12}?"
                    + "(?:办公室|办公厅|局|委员会|政府(?!信息|网站|公报|门户)|中心|街道办事处)");
    /** The channels of the legacy proactive count, by the word a sentence names them with. */
    private static final List<String> CHANNEL_WORDS = List.of("公报", "网站", "微博", "微信");
    private static final Pattern NONE_RECEIVED = Pattern.compile(
            "(?:未|没有|无)(?:收到|受理|接到|接收|新收)" + GAP + "{0,12}?申请");
    private static final Pattern NO_CASES = Pattern.compile(
            "(?:(?:未|没有|无)(?:发生|收到|出现|产生|涉及|被|因)|没有|无(?=政府信息公开|行政复议|行政诉讼))" + GAP
                    + "{0,20}?(行政复议|行政诉讼)((?:、|和|及|或|与)(?:提起)?行政诉讼)?");
    private static final Pattern ALL_UPHELD = Pattern.compile("均(?:获|被|予以|予)?维持|全部(?:获|被)?维持");
    /** "全部办结", "均已办结", "已全部答复完毕": nothing carried forward into the next year. */
    private static final Pattern ALL_ANSWERED = Pattern.compile(
            "(?:全部|均已|均|已全部|都已)(?:按时|依法|按期)?(?:办结|答复完毕|办理完毕)");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(?:件|条|次|个|人次|篇|项)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

    // Precompiled: each is asked for every sentence of every report (String.matches compiles its pattern per call).
    // The texts they are asked of are normalised (no white space, hence no line breaks), so find() equals the
    // .*(…).* matches they replace.
    private static final Pattern SENTENCE_END = Pattern.compile("[。;；!！?？\\n]");
    private static final Pattern OTHER_MATTERS = Pattern.compile("复议|诉讼|投诉|举报|上年|结转");
    private static final Pattern CASES = Pattern.compile("复议|诉讼");
    private static final Pattern CASES_LISTED = Pattern.compile("(?:复议|诉讼)[、和及与或]?$");
    private static final Pattern INCLUDING_LAST_YEAR = Pattern.compile("[(（]?(?:含|包括)上一?年");
    private static final Pattern NOT_APPLICATIONS = Pattern.compile("复议|诉讼|投诉|举报|结转");
    private static final Pattern CASE_OUTCOME_WORDS = Pattern.compile("纠错|纠正|败诉|撤销|维持|未经|无法|无正当|\\d");
    private static final Pattern NOT_THIS_YEARS_APPLICATIONS = Pattern.compile("上年|复议|诉讼|投诉|举报|提案|建议");
    private static final Pattern WHOLE = Pattern.compile(".*");

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private NarrativeRules() {
    }

    /** A sentence of the text: normalised for matching, quoted as printed. */
    private record Sentence(Prose prose, Paragraph paragraph) {
        String text() {
            return prose.text();
        }
    }

    /**
     * The sentences of the context this thread validated last. N1, N2 and N3 each ask for them; a validation runs its
     * rules one after the other on one thread, so the three share one splitting. Keyed by the context's identity
     * (records compare by value, which would walk the whole report); held weakly, so no report is kept alive.
     */
    private static final ThreadLocal<SplitText> LAST = new ThreadLocal<>();

    private record SplitText(WeakReference<ValidationContext> context, List<Sentence> sentences) {
    }

    private static List<Sentence> sentences(ValidationContext ctx) {
        SplitText last = LAST.get();
        if (last != null && last.context().get() == ctx) {
            return last.sentences();
        }
        List<Sentence> split = split(ctx);
        LAST.set(new SplitText(new WeakReference<>(ctx), split));
        return split;
    }

    private static List<Sentence> split(ValidationContext ctx) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : ctx.paragraphs()) {
            Prose all = Prose.of(p.text());
            Matcher end = SENTENCE_END.matcher(all.text());
            int from = 0;
            while (from < all.text().length()) {
                int to = end.find(from) ? end.start() : all.text().length();
                if (to > from) {
                    out.add(new Sentence(all.sub(from, to), p));
                }
                from = to + 1;
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
        return targets(ctx, subject, words, withCarriedIn, "");
    }

    /**
     * The cells a stated figure is compared with.
     *
     * @param before the sentence before the figure: which channel a proactive count names, which cases (复议, 诉讼)
     *               a 结果维持… figure is about
     */
    private static List<String> targets(ValidationContext ctx, Subject subject, String words, boolean withCarriedIn,
                                        String before) {
        if (ctx.report().format() == ReportFormat.LEGACY_2008) {
            Optional<FormTable> l = ctx.form().table("L");
            if (l.isEmpty()) {
                return List.of();
            }
            if (subject == Subject.PROACTIVE) {
                // "在政府信息公开网站主动公开发布各类信息103条" is the website channel, not the de-duplicated total
                Optional<FormRow> channel = channelNamed(l.get(), before + words);
                if (channel.isPresent()) {
                    return List.of("L:" + channel.get().code());
                }
            }
            if (subject == Subject.CASE_RESULT) {
                return legacyCaseResult(l.get(), words, before);
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
            case CASE_RESULT -> {
                return caseResult(t4.get(), words, before);
            }
            default -> {
                return List.of();
            }
        }
        return totals(ctx.form(), t, rows);
    }

    /** The channel row (L:1.2.x) a sentence names by its word (网站, 公报, 微博, 微信), if it names exactly one. */
    private static Optional<FormRow> channelNamed(FormTable l, String text) {
        List<FormRow> named = new ArrayList<>();
        for (FormRow r : l.rows()) {
            if (r.check() == io.github.disclosurereport.form.Check.CHANNEL
                    && CHANNEL_WORDS.stream().anyMatch(w -> r.label().contains(w) && text.contains(w))) {
                named.add(r);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Which cases the text before a figure is about: the last of 复议后起诉, 直接起诉, 诉讼, 复议 it names. */
    private static String caseKind(String before) {
        String best = "";
        int bestEnd = -1;
        for (String k : List.of("复议后起诉", "直接起诉", "诉讼", "复议")) {
            int i = before.lastIndexOf(k);
            if (i >= 0 && i + k.length() > bestEnd) {
                bestEnd = i + k.length();
                best = k;
            }
        }
        return best;
    }

    /** 表四 cells of a 结果维持/结果纠正/其他结果/尚未审结 figure: its column, in the rows of the cases named before. */
    private static List<String> caseResult(FormTable t4, String words, String before) {
        List<FormRow> rows = switch (caseKind(before)) {
            case "复议后起诉" -> FormShape.rowsLabelled(t4, "复议后起诉");
            case "直接起诉" -> FormShape.rowsLabelled(t4, "未经复议直接起诉");
            case "诉讼" -> FormShape.rowsMeant(t4, "行政诉讼");
            case "复议" -> FormShape.rowsMeant(t4, "行政复议");
            default -> List.of();
        };
        Optional<FormColumn> column = t4.columns().stream().filter(c -> words.startsWith(c.label())).findFirst();
        if (column.isEmpty()) {
            return List.of();
        }
        return rows.stream().map(r -> FormShape.id(t4, r, column.get())).toList();
    }

    /** The legacy 维持/纠错/其他情形 rows of 行政复议 (四) or 行政诉讼 (五); the legacy table has no 尚未审结. */
    private static List<String> legacyCaseResult(FormTable l, String words, String before) {
        String kind = caseKind(before);
        // the rows come from the form's labels, not from the national codes 4.x / 5.x
        return kind.isEmpty() ? List.of()
                : FormShape.legacyCaseResult(l, kind.equals("复议") ? "行政复议" : "行政诉讼", words);
    }

    /**
     * Sum of the cells, a blank total standing for the sum of its parts (rules.md N1: when the table's total is
     * blank, compare with the sum of its parts); empty when the table has no usable value for them.
     */
    private static Optional<BigDecimal> tableValue(ValidationContext ctx, List<String> ids) {
        if (ids.isEmpty() || ids.stream().anyMatch(id -> ctx.cell(id).isEmpty())
                || ids.stream().anyMatch(id -> ctx.cell(id).get().state() == CellState.TEXT)) {
            return Optional.empty();
        }
        List<Optional<BigDecimal>> values = ids.stream().map(id -> SumCheck.effective(ctx, id)).toList();
        if (values.stream().noneMatch(Optional::isPresent)) {
            return Optional.empty();
        }
        return Optional.of(Numbers.sum(values.stream().map(v -> v.orElse(BigDecimal.ZERO)).toList()));
    }

    /** The clause of the sentence that holds the match, exactly as the clerk will find it in the document. */
    private static String quote(Sentence s, Matcher m) {
        String sentence = s.text();
        int from = Math.max(sentence.lastIndexOf(',', m.start()), sentence.lastIndexOf('，', m.start())) + 1;
        int to = m.end();
        while (to < sentence.length() && ",，:：".indexOf(sentence.charAt(to)) < 0 && to - m.end() < 20) {
            to++;
        }
        return s.prose().quote(Math.min(from, m.start()), to);
    }

    // ---- N1 -----------------------------------------------------------------------------------------------

    static List<Finding> figures(ValidationContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : sentences(ctx)) {
            if (!hasDigit(s.text())) {
                continue; // every figure pattern ends in a number
            }
            List<int[]> used = new ArrayList<>();
            for (Pat p : FIGURES) {
                if (!s.text().contains(p.required())) {
                    continue;
                }
                Matcher m = p.pattern().matcher(s.text());
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (used.stream().anyMatch(u -> start < u[1] && end > u[0])) {
                        continue;
                    }
                    String span = m.group();
                    if ((p.subject() == Subject.RECEIVED || p.subject() == Subject.ANSWERED)
                            && OTHER_MATTERS.matcher(span).find()) {
                        continue;
                    }
                    if (p.subject() == Subject.ANSWERED && CASES.matcher(clauseBefore(s.text(), start)).find()) {
                        continue;
                    }
                    // "行政复议、行政诉讼共3件" counts both: no single subject to compare
                    if ((p.subject() == Subject.REVIEW || p.subject() == Subject.LITIGATION)
                            && CASES_LISTED.matcher(clauseBefore(s.text(), start)).find()) {
                        continue;
                    }
                    used.add(new int[]{start, end});
                    BigDecimal stated = new BigDecimal(m.group(m.groupCount()));
                    String after = s.text().substring(end, Math.min(s.text().length(), end + 6));
                    boolean withCarriedIn = p.subject() == Subject.RECEIVED
                            && (span.contains("含上年") || INCLUDING_LAST_YEAR.matcher(after).lookingAt());
                    compare(ctx, s, m, p.subject(), span, withCarriedIn, stated, s.text().substring(0, start))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * Whether the words before a figure name an organ other than the report's own ("区政府办公室…受理…17件" in a
     * district's report): a figure of another scope, a warning and not an error (rules.md N1).
     */
    private static boolean otherOrgan(ValidationContext ctx, String before) {
        String own = TextRules.normalise(ctx.report().metadata().organization());
        Matcher o = ORGAN.matcher(before);
        while (o.find()) {
            String organ = o.group();
            if (organ.matches("^(本|我|该)[局办委厅]?.*") || organ.length() < 3) {
                continue;
            }
            if (own.isEmpty() || !own.contains(organ)) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String sentence, int index) {
        String before = sentence.substring(0, index);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
        return before.substring(cut + 1);
    }

    private static Optional<Finding> compare(ValidationContext ctx, Sentence s, Matcher m, Subject subject,
                                             String span, boolean withCarriedIn, BigDecimal stated, String before) {
        List<String> ids = targets(ctx, subject, span, withCarriedIn, before);
        Optional<BigDecimal> table = tableValue(ctx, ids);
        if (table.isEmpty() || Numbers.same(table.get(), stated) || statesAPart(ctx, ids, stated)) {
            return Optional.empty();
        }
        boolean ambiguous = AGGREGATE.matcher(s.text()).find() || otherOrgan(ctx, clauseBefore(s.text(), m.start()));
        String hint = "";
        if (subject == Subject.RECEIVED && !withCarriedIn) {
            Optional<BigDecimal> withCarry = tableValue(ctx, targets(ctx, subject, span, true));
            if (withCarry.isPresent() && Numbers.same(withCarry.get(), stated)) {
                ambiguous = true;
                hint = "正文的数字等于本年新收加上年结转，如是这样请在正文中注明“含上年结转”。";
            }
        }
        String cellsText = Messages.list(ids.stream().map(ctx::describe).toList(), 4);
        String msg = "正文“" + quote(s, m) + "”中的" + subject.words + "数 " + Numbers.fmt(stated) + " 与表格不一致：表格中"
                + cellsText + (ids.size() > 1 ? "合计" : "") + "为 " + Numbers.fmt(table.get()) + "。"
                + hint
                + (ambiguous && hint.isEmpty() ? "该句可能说的是汇总或其他口径（其他单位、全地区）的数字，如是这样可不改表格；否则" : "")
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
            String text = s.text();
            // each statement names its subject: a sentence naming none is not scanned with the patterns
            boolean applications = text.contains("申请");
            boolean cases = text.contains("行政复议") || text.contains("行政诉讼");
            boolean upheldWord = text.contains("维持");
            boolean doneWord = text.contains("办结") || text.contains("答复完毕") || text.contains("办理完毕");
            if (!applications && !cases && !upheldWord && !doneWord) {
                continue;
            }
            Severity severity = AGGREGATE.matcher(text).find() ? Severity.WARNING : Severity.ERROR;
            Matcher none = NONE_RECEIVED.matcher(text);
            if (applications && none.find() && !NOT_APPLICATIONS.matcher(none.group()).find()) {
                List<String> ids = legacy ? targets(ctx, Subject.RECEIVED, "", false) : rowCells(ctx, "T3",
                        FormShape.rowsLabelled(ctx.form().table("T3").orElseThrow(), "本年新收"));
                nonZero(ctx, s, none, ids, "没有收到申请", severity).ifPresent(out::add);
            }
            Matcher noCases = NO_CASES.matcher(s.text());
            if (cases && noCases.find() && !CASE_OUTCOME_WORDS.matcher(s.text()).find()) {
                List<String> ids = new ArrayList<>();
                boolean review = noCases.group(1).equals("行政复议");
                boolean litigation = !review || noCases.group(2) != null;
                ids.addAll(review ? caseCells(ctx, Subject.REVIEW) : List.of());
                ids.addAll(litigation ? caseCells(ctx, Subject.LITIGATION) : List.of());
                nonZero(ctx, s, noCases, ids, "没有" + (review ? "行政复议" : "") + (review && litigation ? "、" : "")
                        + (litigation ? "行政诉讼" : "") + "案件", severity).ifPresent(out::add);
            }
            Matcher upheld = ALL_UPHELD.matcher(s.text());
            if (upheldWord && upheld.find() && !legacy) {
                List<String> ids = new ArrayList<>();
                if (s.text().contains("复议")) {
                    ids.addAll(notUpheldCells(ctx, "行政复议"));
                }
                if (s.text().contains("诉讼")) {
                    ids.addAll(notUpheldCells(ctx, "行政诉讼"));
                }
                nonZero(ctx, s, upheld, ids, "案件均获维持（没有被纠正、其他结果或尚未审结的）", severity)
                        .ifPresent(out::add);
            }
            Matcher allDone = ALL_ANSWERED.matcher(s.text());
            if (doneWord && allDone.find() && !NOT_THIS_YEARS_APPLICATIONS.matcher(clauseBefore(s.text(), allDone.start())).find()) {
                List<String> ids = legacy ? List.of() : rowCells(ctx, "T3",
                        FormShape.rowsLabelled(ctx.form().table("T3").orElseThrow(), "结转下年度"));
                nonZero(ctx, s, allDone, ids, "申请已全部办结（没有结转下年度的）", severity).ifPresent(out::add);
            }
        }
        if (!legacy) {
            for (Section sec : ctx.report().sections()) {
                String body = TextRules.normalise(sec.text()).replaceAll("[。.]$", "");
                if (!NothingToReport.isAll(body)) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                if (CASES.matcher(sec.heading()).find()) {
                    ids.addAll(caseCells(ctx, Subject.REVIEW));
                    ids.addAll(caseCells(ctx, Subject.LITIGATION));
                } else if (sec.heading().contains("申请")) {
                    ids.addAll(rowCells(ctx, "T3", FormShape.rowsLabelled(ctx.form().table("T3").orElseThrow(),
                            "本年新收")));
                }
                if (!ids.isEmpty()) {
                    Sentence s = new Sentence(Prose.of(body), sec.paragraphs().isEmpty()
                            ? new Paragraph(body, sec.location()) : sec.paragraphs().get(0));
                    Matcher m = WHOLE.matcher(body);
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

    /** The 结果纠正, 其他结果 and 尚未审结 cells of the rows a phrase means. */
    private static List<String> notUpheldCells(ValidationContext ctx, String phrase) {
        FormTable t4 = ctx.form().table("T4").orElseThrow();
        List<String> ids = new ArrayList<>();
        for (FormRow r : FormShape.rowsMeant(t4, phrase)) {
            for (FormColumn c : t4.columnsOf(r.parent())) {
                if (c.label().contains("纠正") || c.label().contains("尚未") || c.label().contains("其他")) {
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
        String detail = Messages.list(nonZero.stream()
                .map(id -> ctx.describe(id) + " " + Numbers.fmt(ctx.valueOrZero(id))).toList(), 4);
        return Optional.of(new Finding("N2", severity, "正文“" + quote(s, m) + "”表示" + claim + "，但表格中"
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
            // half a unit of the last printed digit: a percentage off by one in that digit is reported
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).multiply(new BigDecimal("0.5"));
            if (computed.subtract(stated).abs().compareTo(tolerance) > 0) {
                BigDecimal rounded = computed.setScale(decimals, RoundingMode.HALF_UP);
                out.add(new Finding("N3", Severity.WARNING, "正文“" + s.prose().original().strip() + "”中的百分比 " + Numbers.fmt(stated)
                        + "% 与所述数字不符：" + Numbers.fmt(counts.get(1)) + " ÷ " + Numbers.fmt(counts.get(0)) + " = "
                        + Numbers.fmt(rounded) + "%。请核对。", List.of(), s.paragraph().location(), rounded, stated));
            }
        }
        return out;
    }
}
