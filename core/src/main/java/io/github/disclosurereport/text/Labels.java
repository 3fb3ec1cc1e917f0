package io.github.disclosurereport.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label normalisation shared by every reader and the template filler, so that a printed label matches the
 * form's label whatever the office's typing: full-width or half-width characters, spaces (including U+3000)
 * and line breaks, bracket and punctuation width, quote styles, a leading 其中.
 */
public final class Labels {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
    private static final Pattern PUNCT = Pattern.compile("[()\\[\\]【】〔〕、,，.。:：;；\"'“”‘’《》〈〉<>·・/\\\\\\-—–_~～*＊?？!！]");
    /** A leading printed numbering: 一、 （一） (一) 1. 1、 ① etc. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十百〇零]+[)）]?[、.．]?|[(（]?\\d{1,3}[)）]?[、.．]|[①-⑳])");

    private Labels() {
    }

    /** A comparison key: NFKC, no white space, no punctuation, 其中 dropped. Numbering digits are kept. */
    public static String key(String label) {
        return PUNCT.matcher(compact(label)).replaceAll("");
    }

    /** Like {@link #key} but without a leading printed numbering such as （一） or 1. */
    public static String keyWithoutNumbering(String label) {
        return key(NUMBERING.matcher(compact(label)).replaceFirst(""));
    }

    /** NFKC, no white space, a leading 其中 (and its colon) dropped: what both keys start from. */
    private static String compact(String label) {
        if (label == null) {
            return "";
        }
        String s = SPACE.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
        if (s.startsWith("其中")) {
            s = s.substring(2);
            s = s.startsWith(":") ? s.substring(1) : s;
        }
        return s;
    }

    /** White space collapsed and trimmed, for display (keeps the characters otherwise). */
    public static String clean(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }
}
