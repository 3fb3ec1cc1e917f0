package io.github.disclosurereport.text;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit words of the statistics tables ({@code units.tsv}), the one place that says what 元, 万元, 件 … are:
 * which units are money and how they convert, which words a clerk writes after a number in a cell, and which words
 * a table prints in its unit column. Which unit a cell has is its form's; this says what that unit means.
 */
public final class Units {

    /** How a unit counts. */
    private enum Kind { MONEY, COUNT, MEASURE }

    private record Unit(Kind kind, BigDecimal inYuan) {
    }

    private static final Map<String, Unit> UNITS = load();

    /** Money and count words, longest first, so that 人次 is taken before 人. */
    private static final List<String> WRITTEN = UNITS.entrySet().stream()
            .filter(e -> e.getValue().kind() != Kind.MEASURE).map(Map.Entry::getKey)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Units() {
    }

    private static Map<String, Unit> load() {
        Map<String, Unit> out = new LinkedHashMap<>();
        for (String[] f : Tsv.formsData("units.tsv")) {
            String word = f[0].strip();
            Kind kind = Kind.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
            String inYuan = f.length > 2 ? f[2].strip() : "";
            if (kind == Kind.MONEY && inYuan.isEmpty()) {
                throw new IllegalStateException("units.tsv: money unit " + word + " says not how many 元 it is");
            }
            out.put(word, new Unit(kind, inYuan.isEmpty() ? null : new BigDecimal(inYuan)));
        }
        return Map.copyOf(out);
    }

    /**
     * Whether a unit is an amount of money, whose cells take decimals.
     *
     * @param unit a unit word, e.g. 万元
     * @return true for 元 and 万元; false for counts, measures and words that are no unit
     */
    public static boolean isMoney(String unit) {
        Unit u = UNITS.get(unit);
        return u != null && u.kind() == Kind.MONEY;
    }

    /**
     * An amount of money in another money unit.
     *
     * @param amount the amount in {@code from}
     * @param from   the money unit it is written in, e.g. 元
     * @param to     the money unit wanted, e.g. 万元
     * @return the amount in {@code to} (251000 元 → 25.1 万元); empty when either is no money unit
     */
    public static Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        if (!isMoney(from) || !isMoney(to)) {
            return Optional.empty();
        }
        BigDecimal yuan = amount.multiply(UNITS.get(from).inYuan());
        try {
            return Optional.of(yuan.divide(UNITS.get(to).inYuan()));
        } catch (ArithmeticException notExact) {
            return Optional.empty();
        }
    }

    /**
     * {@return the units a clerk may write after a number in a cell (money and counts: 万元, 元, 件, 人次 …), longest
     * first, so that a regular expression alternating them takes 人次 before 人}
     */
    public static List<String> written() {
        return WRITTEN;
    }

    /**
     * {@return the units written after a number as a regular-expression group, e.g. {@code (人次|万元|…|件)}}
     */
    public static String writtenGroup() {
        return "(" + String.join("|", WRITTEN.stream().map(java.util.regex.Pattern::quote).toList()) + ")";
    }

    /**
     * Whether a word is a unit a statistics table prints in its unit column.
     *
     * @param word a cell's text, normalised as a label key
     * @return true for every unit of the list (件, 万元, 天, % …)
     */
    public static boolean isPrinted(String word) {
        return UNITS.containsKey(word);
    }

    /** {@return every unit word of the list} */
    public static Set<String> all() {
        return UNITS.keySet();
    }
}
