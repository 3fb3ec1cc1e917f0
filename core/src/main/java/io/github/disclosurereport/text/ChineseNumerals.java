package io.github.disclosurereport.text;

/**
 * Chinese numerals from 一 to 九十九, as reports print section numbers (一、 … 十一、), sub-item numbers （一）
 * and the month and day of a date (三月十八日). The one place that reads and writes them.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 一…九, 十, 十一, 二十, 二十三, 三十一 (一十 read as 十); -1 when the text is no such numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 23 → 二十三; for 1 to 99. */
    public static String format(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese numeral for " + n);
        }
        String ones = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10 - 1));
        if (n < 10) {
            return ones;
        }
        return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10 - 1))) + "十" + ones;
    }

    /** 一 → 1 … 九 → 9, -1 for any other character. */
    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : i + 1;
    }
}
