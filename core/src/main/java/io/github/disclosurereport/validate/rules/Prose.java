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
            int single = cp < 0x10000 ? single((char) cp) : MULTI;
            if (single >= 0) {
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[n++] = i;
                sb.append((char) single);
            } else if (single == MULTI && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
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

    private static final int SPACE = -1;
    private static final int MULTI = -2;
    private static final int UNKNOWN = 0;
    /**
     * Per BMP character, what NFKC makes of it on its own, learnt at first sight: the one character + 1, or
     * {@link #SPACE} (dropped), or {@link #MULTI} (several characters: asked each time). Every rule turns every
     * paragraph into prose, and asking the normaliser character by character was most of the validator's time.
     * Races only write the same value twice.
     */
    private static final int[] SINGLE = new int[0x10000];

    private static int single(char c) {
        int known = SINGLE[c];
        if (known == UNKNOWN) {
            String norm;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                known = SPACE;
            } else if (Character.isSurrogate(c) || (norm = Normalizer.normalize(String.valueOf(c),
                    Normalizer.Form.NFKC)).length() != 1) {
                known = MULTI;
            } else {
                known = norm.charAt(0) + 1;
            }
            SINGLE[c] = known;
        }
        return known > 0 ? known - 1 : known;
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
