package io.github.disclosurereport.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's title looks like, defined once for every reader: the first lines of a document and the heading of
 * a site's page are told by the same words (…2023年度政府信息公开工作年度报告).
 */
public final class ReportTitles {

    /** The words that make a line a report's title. */
    public static final Pattern WORD = Pattern.compile("报告|年报");

    /** The longest title: a longer line is a sentence of the text. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})[\\s\\u3000]*年");
    private static final Pattern YEARS_REPORT = Pattern.compile(YEAR.pattern() + ".*(?:" + WORD.pattern() + ")");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；;！!？?，,]");

    private ReportTitles() {
    }

    /**
     * Whether a line reads as a title: no longer than {@link #MAX_LENGTH}, names a report, and is no sentence.
     *
     * @param line the line, stripped
     * @return true for 金湖县人民政府2023年政府信息公开工作年度报告
     */
    public static boolean isTitle(String line) {
        return line.length() <= MAX_LENGTH && WORD.matcher(line).find() && !isSentence(line);
    }

    /**
     * Whether a title names a year's report: a year, then the word (2023年…报告). Where the title is looked for
     * among all of a page's elements, not only its first lines, the year tells it from a link to 工作报告.
     *
     * @param line the line, stripped
     * @return true when {@link #isTitle} and the year comes before the word
     */
    public static boolean isYearsReport(String line) {
        return isTitle(line) && YEARS_REPORT.matcher(line).find();
    }

    /**
     * The year a title names.
     *
     * @param title the title
     * @return 2023 for …2023年度…报告; empty when it names none
     */
    public static Optional<Integer> year(String title) {
        Matcher m = YEAR.matcher(title);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /**
     * Where the title's year starts.
     *
     * @param title the title
     * @return the index of the year, or -1 when it names none
     */
    public static int yearStart(String title) {
        Matcher m = YEAR.matcher(title);
        return m.find() ? m.start() : -1;
    }

    /**
     * Whether a line holds sentence punctuation (。；！？，): a sentence of the text, never a title or a name.
     *
     * @param line the line
     * @return true when it does
     */
    public static boolean isSentence(String line) {
        return SENTENCE_PUNCTUATION.matcher(line).find();
    }
}
