package io.github.disclosurereport.validate.rules;

import java.text.Normalizer;

/**
 * A piece of the document's text in two forms: normalised for matching (NFKC, so full-width digits and brackets are
 * plain, whitespace dropped) and as printed, with a map between them so that a finding quotes the document's own
 * words exactly (its full-width brackets included) and a clerk can search for them.
 *
 * @param text     the normalised text the rules match against
 * @param original the text as printed
 * @param at       for each char of {@code text}, the index in {@code original} it came from
 */
record Prose(String text, String original, int[] at) {

    static Prose of(String original) {
        StringBuilder sb = new StringBuilder();
        int[] map = new int[original.length() * 4 + 1];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int len = Character.charCount(cp);
            if (stableUnderNfkc(cp)) {
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[n++] = i;
                sb.append((char) cp);
            } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                String norm = Normalizer.normalize(original.substring(i, i + len), Normalizer.Form.NFKC);
                for (int k = 0; k < norm.length(); k++) {
                    if (n == map.length) {
                        map = java.util.Arrays.copyOf(map, map.length * 2);
                    }
                    map[n++] = i;
                    sb.append(norm.charAt(k));
                }
            }
            i += len;
        }
        return new Prose(sb.toString(), original, java.util.Arrays.copyOf(map, n));
    }

    /**
     * Printable ASCII and the CJK unified ideographs are their own NFKC form and no white space: most of a report's
     * characters, taken without asking the normaliser (which each rule would otherwise ask for every character).
     */
    private static boolean stableUnderNfkc(int cp) {
        return (cp > ' ' && cp < 0x7f) || (cp >= 0x4e00 && cp <= 0x9fff);
    }

    /** The printed text behind the normalised range [from, to), whitespace inside kept as printed. */
    String quote(int from, int to) {
        if (from >= to || at.length == 0) {
            return "";
        }
        int start = at[Math.min(from, at.length - 1)];
        int lastChar = at[Math.min(to, at.length) - 1];
        int end = lastChar + Character.charCount(original.codePointAt(lastChar));
        return original.substring(start, end).strip();
    }

    /** A part of this text, both forms kept in step. */
    Prose sub(int from, int to) {
        if (from >= to) {
            return new Prose("", "", new int[0]);
        }
        int start = at[from];
        int lastChar = at[to - 1];
        int end = lastChar + Character.charCount(original.codePointAt(lastChar));
        int[] map = new int[to - from];
        for (int i = from; i < to; i++) {
            map[i - from] = at[i] - start;
        }
        return new Prose(text.substring(from, to), original.substring(start, end), map);
    }
}
