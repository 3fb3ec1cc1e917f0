package io.github.disclosurereport.text;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Label normalisation shared by every reader and the template filler, so that a printed label matches the
 * form's label whatever the office's typing: full-width or half-width characters, spaces (including U+3000)
 * and line breaks, bracket and punctuation width, quote styles, a leading 其中.
 *
 * <p>Keys are asked for every printed cell against every form label, so white space and punctuation are dropped by
 * a character scan rather than a regular expression (the two gave the same keys on every input a property test
 * generates; the expressions are kept there as the reference).
 */
public final class Labels {

    /** The characters {@link #key} drops (after NFKC, which already folds most full-width forms to these). */
    private static final String PUNCTUATION = "()[]【】〔〕、,，.。:：;；\"'“”‘’《》〈〉<>·・/\\-—–_~～*＊?？!！";
    private static final BitSet DROPPED = new BitSet(0x10000);
    /** A leading printed numbering: 一、 （一） (一) 1. 1、 ① etc. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十百〇零]+[)）]?[、.．]?|[(（]?\\d{1,3}[)）]?[、.．]|[①-⑳])");
    /** The characters a {@link #NUMBERING} can start with: other labels skip the expression. */
    private static final String NUMBERING_STARTS = "(（一二三四五六七八九十百〇零0123456789";

    static {
        PUNCTUATION.chars().forEach(DROPPED::set);
    }

    private Labels() {
    }

    /** A comparison key: NFKC, no white space, no punctuation, 其中 dropped. Numbering digits are kept. */
    public static String key(String label) {
        return withoutPunctuation(compact(label));
    }

    /** Like {@link #key} but without a leading printed numbering such as （一） or 1. */
    public static String keyWithoutNumbering(String label) {
        String s = compact(label);
        if (!s.isEmpty() && startsNumbering(s.charAt(0))) {
            s = NUMBERING.matcher(s).replaceFirst("");
        }
        return withoutPunctuation(withoutQizhong(s)); // 1.其中： reads as 其中：
    }

    private static boolean startsNumbering(char c) {
        return NUMBERING_STARTS.indexOf(c) >= 0 || (c >= '①' && c <= '⑳');
    }

    /** NFKC, no white space, a leading 其中 (and its colon) dropped: what both keys start from. */
    private static String compact(String label) {
        if (label == null || label.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(label, Normalizer.Form.NFKC);
        return withoutQizhong(withoutSpace(nfkc));
    }

    private static String withoutQizhong(String s) {
        if (s.startsWith("其中")) {
            s = s.substring(2);
            s = s.startsWith(":") ? s.substring(1) : s;
        }
        return s;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
                || c == '\u3000' || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    private static String withoutSpace(String s) {
        return without(s, Labels::isSpace);
    }

    private static String withoutPunctuation(String s) {
        return without(s, DROPPED::get);
    }

    /** The text without the characters dropped; the same instance when it has none (the usual case). */
    private static String without(String s, CharDrop drop) {
        int first = 0;
        while (first < s.length() && !drop.test(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!drop.test(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Which characters a key drops. */
    @FunctionalInterface
    private interface CharDrop {
        boolean test(char c);
    }

    /** White space collapsed and trimmed, for display (keeps the characters otherwise). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        // every printed cell is cleaned: a scan rather than an expression (LabelsTest holds them equal)
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (i == 0 || !isSpace(text.charAt(i - 1))) {
                    out.append(' '); // a run of white space becomes one space
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return (out == null ? text : out.toString()).strip();
    }
}
