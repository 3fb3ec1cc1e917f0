package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.text.ChineseDates;
import io.github.disclosurereport.text.ChineseNumerals;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.NothingToReport;
import io.github.disclosurereport.text.StandardSections;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises section headings of a report's narrative. Numbering alone is not enough: legacy reports number
 * sub-items 一、二、 at the same level as sections and print some headings without a numeral (formats.md §3.1),
 * so a line is a heading when it is short, reads as a title rather than a sentence, and names a known topic.
 */
final class SectionHeadings {

    /** A recognised heading: the numeral as printed (empty when none) and the heading without it. */
    record Heading(String number, String text) {
    }

    /**
     * Key phrases of section headings (compared after {@link Labels#key}): the 2019/2021 six headings
     * (sections-2021.tsv), parts of them that printed variants keep (formats.md §1.2), and the legacy outlines
     * (§3.1).
     */
    private static final List<String> VOCABULARY = Stream.concat(
            StandardSections.all().stream().map(s -> Labels.key(s.heading())), Stream.of(
            // 2019 / 2021 printed variants
            "被申请行政复议", "提起行政诉讼", "存在的主要问题", "改进情况", "改进措施", "其他事项", "需要说明的事项",
            // legacy outlines
            "概述", "基本情况", "组织领导", "制度建设", "发布解读", "解读回应", "回应解读", "回应社会关切", "互动交流",
            "重点领域", "主动公开", "平台建设", "依申请公开", "申请办理", "收费", "减免", "人大代表建议",
            "政协委员提案", "政协提案", "行政复议", "行政诉讼", "保密审查", "所属事业单位", "咨询处理", "申诉",
            "机构建设", "保障经费", "会议和培训", "培训情况", "不予公开", "举报投诉", "工作考核", "社会评议",
            "责任追究", "监督保障", "指标统计")).toList();

    // compiled once: every paragraph is asked
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    private static final Pattern OTHER_NUMBERING = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．]|[①-⑳]|[一二三四五六七八九十]+是).*");
    private static final Pattern NUMBERED = Pattern.compile(
            "^([一二三四五六七八九十]{1,3})[\\s\\u3000]*[、.．，,][\\s\\u3000]*(.+)$");
    /** Sentence punctuation: a line holding it is body text, not a heading. */
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]|[，,].*[，,]");
    static final int MAX_HEADING_LENGTH = 40;
    /** How section titles end (…情况, …措施, …事项); sub-items rarely do. */
    private static final Pattern TITLE_ENDING = Pattern.compile("(?:情况|措施|事项|概述|问题|说明|附表)$");

    /** The numeral of a numbered line (一、… ), 0 when the line is not numbered so. */
    static int numberOf(String paragraph) {
        Matcher m = NUMBERED.matcher(ChineseDates.strip(paragraph));
        return m.matches() ? Math.max(0, ChineseNumerals.parse(m.group(1))) : 0;
    }

    private SectionHeadings() {
    }

    /**
     * The heading a paragraph prints, if it is one. {@code lastNumber} is the value of the last numbered section
     * (0 before any): a numeral that does not advance beyond it restarts numbering and marks a sub-item.
     * {@code lastSubItem} is the numeral of the last numbered body line in the current section (0 when none): a
     * numeral continuing that list is a further sub-item unless it reads as a full section title (…情况).
     */
    static Optional<Heading> recognise(String paragraph, int lastNumber, int lastSubItem) {
        String t = TRAILING_COLON.matcher(ChineseDates.strip(paragraph)).replaceAll("");
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH || t.contains("\n") || SENTENCE.matcher(t).find()) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(t);
        if (m.matches()) {
            int n = ChineseNumerals.parse(m.group(1));
            String text = ChineseDates.strip(m.group(2));
            if (n <= lastNumber || !knownTopic(text)) {
                return Optional.empty();
            }
            if (lastSubItem > 0 && n == lastSubItem + 1 && !TITLE_ENDING.matcher(text).find()) {
                return Optional.empty();
            }
            return Optional.of(new Heading(m.group(1), text));
        }
        if (startsWithOtherNumbering(t) || !knownTopic(t) || NothingToReport.opens(t)) {
            return Optional.empty();
        }
        return Optional.of(new Heading("", t));
    }

    /**
     * A numbered line that would be the next section by its numeral (四、 after 三) and reads as a title, though its
     * topic is none of the vocabulary (四、审批事项及处理情况). Whether it is one the reader decides from the
     * numbering after it ({@link TextStructureReader}): the next section heading must continue the sequence.
     */
    static Optional<Heading> nextInSequence(String paragraph, int lastNumber, int lastSubItem) {
        String t = TRAILING_COLON.matcher(ChineseDates.strip(paragraph)).replaceAll("");
        if (lastNumber <= 0 || lastSubItem > 0 || t.isEmpty() || t.length() > MAX_HEADING_LENGTH
                || t.contains("\n") || SENTENCE.matcher(t).find()) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(t);
        if (!m.matches() || ChineseNumerals.parse(m.group(1)) != lastNumber + 1) {
            return Optional.empty();
        }
        String text = ChineseDates.strip(m.group(2));
        return TITLE_ENDING.matcher(text).find() ? Optional.of(new Heading(m.group(1), text)) : Optional.empty();
    }

    /** Numerals (一、 …) as printed → their value; 0 when not a numeral. */
    static int value(String numeral) {
        return numeral.isEmpty() ? 0 : Math.max(0, ChineseNumerals.parse(numeral));
    }

    static boolean knownTopic(String heading) {
        String key = Labels.key(heading);
        if (key.length() < 2) {
            return false;
        }
        for (String phrase : VOCABULARY) {
            if (key.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** （一）, 1. , ① … mark sub-headings inside a section, never a section. */
    private static boolean startsWithOtherNumbering(String t) {
        return OTHER_NUMBERING.matcher(t).matches();
    }
}
