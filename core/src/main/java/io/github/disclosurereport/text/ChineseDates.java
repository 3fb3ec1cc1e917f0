package io.github.disclosurereport.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as offices print them under a signature: 2018年3月18日, 2018年03月18日, 2018-03-18, 2018.3.18, 2018/3/18,
 * and Chinese numerals such as 二○一二年二月二十日 (the zero typed as 〇, ○, O, Ｏ, 零 or 0), with full-width digits
 * and stray spaces tolerated. One reading of dates for every reader: a signature under the report and a web page's
 * 发布时间 alike.
 */
public final class ChineseDates {

    /**
     * A date found in a text.
     *
     * @param date  the date
     * @param text  the text exactly as printed
     * @param start where it starts in the text searched
     * @param end   where it ends in the text searched
     */
    public record Found(LocalDate date, String text, int start, int end) {
    }

    private static final String D = "[0-9０-９]";
    private static final String SP = "[\\s\\u3000]*";
    /** Compiled once: every paragraph is stripped. */
    private static final Pattern ARABIC = Pattern.compile(
            "(" + D + "{4})" + SP + "年" + SP + "(" + D + "{1,2})" + SP + "月" + SP + "(" + D + "{1,2})" + SP + "[日号]");
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])(" + D + "{4})[-./／．](" + D + "{1,2})[-./／．](" + D + "{1,2})(?![0-9])");
    private static final String ZERO = "〇○OＯ零0０oо◯";
    private static final String CN_DIGIT = "[" + ZERO + "一二三四五六七八九]";
    private static final Pattern CHINESE = Pattern.compile(
            "(" + CN_DIGIT + "{4})" + SP + "年" + SP + "([一二三四五六七八九十]{1,3})" + SP + "月" + SP
                    + "([一二三四五六七八九十]{1,4})" + SP + "[日号]");

    private ChineseDates() {
    }

    /** The first date in the text, if any. */
    public static Optional<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Found best = null;
        for (Pattern p : new Pattern[] {ARABIC, SEPARATED, CHINESE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = p == CHINESE
                        ? date(chineseYear(m.group(1)), ChineseNumerals.parse(m.group(2)),
                                ChineseNumerals.parse(m.group(3)))
                        : date(arabic(m.group(1)), arabic(m.group(2)), arabic(m.group(3)));
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d.get(), m.group(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The date when the whole text (apart from surrounding space) is one date, e.g. a signature line. */
    public static Optional<Found> whole(String text) {
        String t = strip(text);
        return find(t).filter(f -> f.start() == 0 && f.end() == t.length());
    }

    /** Parses a date; empty when the text holds no valid date. */
    public static Optional<LocalDate> parse(String text) {
        return find(text).map(Found::date);
    }

    /** The text without surrounding white space, ideographic and non-breaking spaces included. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        // a scan, not the expression it replaces: its [..]+$ alternative was tried at every character of every paragraph
        int from = 0;
        int to = text.length();
        while (from < to && isOuterSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isOuterSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** White space (\s), the ideographic space and the no-break space. */
    private static boolean isOuterSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u3000'
                || c == '\u00a0';
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        if (y < 1900 || y > 2200) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int arabic(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) {
            n = n * 10 + Character.digit(c, 10);
        }
        return n;
    }

    /** A digit of a year printed digit by digit (二〇一二): 〇 and its look-alikes are 0. */
    private static int digit(char c) {
        if (ZERO.indexOf(c) >= 0) {
            return 0;
        }
        return "一二三四五六七八九".indexOf(c) + 1;
    }

    private static int chineseYear(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 10 + digit(c);
        }
        return n;
    }
}
