package io.github.disclosurereport.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The six sections of the 2019 and 2021 formats ({@code sections-2021.tsv}): number, official heading, and the
 * words that recognise a printed heading as one of them. The structure rules, the converter and the national
 * tables' captions all take them from here.
 */
public final class StandardSections {

    /**
     * One of the six sections.
     *
     * @param numeral  its number as printed, e.g. 四
     * @param heading  the official heading, e.g. 政府信息公开行政复议、行政诉讼情况
     * @param keys     words saying a printed heading is this section, in printed variants too (复议, 诉讼)
     * @param topLevel words only a top-level heading of this section prints (行政复议)
     * @param tried    where the section comes when a heading is matched against the six in turn (1 first)
     */
    public record Section(String numeral, String heading, List<String> keys, List<String> topLevel, int tried) {

        /** {@return the section's number, 1 to 6} */
        public int number() {
            return ChineseNumerals.parse(numeral);
        }

        /** {@return the heading as printed with its number, e.g. 四、政府信息公开行政复议、行政诉讼情况} */
        public String printed() {
            return numeral + "、" + heading;
        }

        /** {@return whether a printed heading names this section by one of its keys} */
        public boolean namedBy(String printedHeading) {
            return keys.stream().anyMatch(printedHeading::contains);
        }
    }

    private static final List<Section> SECTIONS = Tsv.formsData("sections-2021.tsv").stream()
            .map(f -> new Section(f[0].strip(), f[1].strip(), words(f, 2), words(f, 3),
                    Integer.parseInt(f[4].strip()))).toList();
    private static final List<Section> MATCH_ORDER = SECTIONS.stream()
            .sorted(Comparator.comparingInt(Section::tried)).toList();

    private StandardSections() {
    }

    private static List<String> words(String[] fields, int i) {
        return i >= fields.length ? List.of() : Arrays.stream(fields[i].split("\\|")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList();
    }

    /** {@return the six sections in printed order} */
    public static List<Section> all() {
        return SECTIONS;
    }

    /**
     * The section a printed heading names, the sections tried in their order (四 before 三, so that
     * 因…申请提起行政复议 is 四).
     *
     * @param printedHeading a heading without its numeral
     * @return the section, if the heading names one
     */
    public static Optional<Section> namedBy(String printedHeading) {
        return MATCH_ORDER.stream().filter(s -> s.namedBy(printedHeading)).findFirst();
    }

    /**
     * The section of a number.
     *
     * @param numeral 一 to 六
     * @return the section, if there is one of that number
     */
    public static Optional<Section> numbered(String numeral) {
        return SECTIONS.stream().filter(s -> s.numeral().equals(numeral)).findFirst();
    }

    /**
     * Whether a printed heading is one of the six top-level parts, not a sub-item inside a section.
     *
     * @param printedHeading a heading without its numeral
     * @return true when it holds a top-level word of any section
     */
    public static boolean isTopLevel(String printedHeading) {
        return SECTIONS.stream().anyMatch(s -> s.topLevel().stream().anyMatch(printedHeading::contains));
    }
}
