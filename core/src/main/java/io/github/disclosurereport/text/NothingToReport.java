package io.github.disclosurereport.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a report uses to say that nothing happened (无, 暂无, 本年度无 …), listed once: the reader keeps such a
 * line as a section's text rather than a heading, and the rules know a section that says only this.
 */
public final class NothingToReport {

    /** Every way of saying "none" that a line may start with or a section may consist of. */
    public static final List<String> WORDS = List.of("无", "没有", "暂无", "均无", "本年无", "本年度无", "本机关无", "今年无");

    private static final Pattern LEADING = Pattern.compile("^(?:" + String.join("|", WORDS) + ")");
    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{P}\\p{S}\\s\\u3000]");

    private NothingToReport() {
    }

    /**
     * Whether a line opens by saying nothing happened (无其他需要报告的事项, 本年度无行政复议): such a line names a topic
     * but is a section's text, never its heading.
     *
     * @param line the line, stripped
     * @return true when it starts with one of {@link #WORDS}
     */
    public static boolean opens(String line) {
        return LEADING.matcher(line).find();
    }

    /**
     * Whether a text says nothing but "none": one of {@link #WORDS}, punctuation and spaces aside (“无。”, “本年度无”).
     *
     * @param text a section's text
     * @return true when that is all it says
     */
    public static boolean isAll(String text) {
        return WORDS.contains(PUNCTUATION_OR_SPACE.matcher(text).replaceAll(""));
    }
}
