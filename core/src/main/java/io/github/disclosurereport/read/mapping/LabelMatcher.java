package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.text.Labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Matches a printed label against form labels. Exact means equal comparison keys (with or without the printed
 * numbering, with or without a trailing parenthetical such as （单位：万元） or an explanatory note a province added);
 * loose means one key is a prefix of the other: explanatory text appended to a label, or a truncated header
 * (现行有效件 for 现行有效件数).
 */
final class LabelMatcher {

    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("\\([^()]*\\)\\s*$");
    /** A truncated printed label must keep at least this many characters (and half of the official one). */
    private static final int MIN_TRUNCATED = 3;
    /** A label with appended text must start with an official label at least this long. */
    private static final int MIN_PREFIX = 2;

    /** Keys are asked for the same few hundred labels over and over; a bounded cache keeps matching cheap. */
    private static final int CACHE_SIZE = 4096;
    private static final Map<String, Set<String>> KEYS = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    private static final Map<String, String> PLAIN_KEYS = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private LabelMatcher() {
    }

    /** The comparison keys of a label, most specific first; never contains the empty key. */
    static Set<String> keys(String label) {
        String l = label == null ? "" : label;
        Set<String> cached = KEYS.get(l);
        if (cached == null) {
            cached = computeKeys(l);
            KEYS.put(l, cached);
        }
        return cached;
    }

    private static String plainKey(String label) {
        String l = label == null ? "" : label;
        String cached = PLAIN_KEYS.get(l);
        if (cached == null) {
            cached = Labels.keyWithoutNumbering(l);
            PLAIN_KEYS.put(l, cached);
        }
        return cached;
    }

    private static Set<String> computeKeys(String label) {
        Set<String> out = new LinkedHashSet<>();
        String nfkc = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFKC).strip();
        String stripped = TRAILING_PARENTHETICAL.matcher(nfkc).replaceFirst("");
        out.add(Labels.key(nfkc));
        out.add(Labels.keyWithoutNumbering(nfkc));
        out.add(Labels.key(stripped));
        out.add(Labels.keyWithoutNumbering(stripped));
        out.remove("");
        return Collections.unmodifiableSet(out);
    }

    static boolean exact(String printed, String official) {
        Set<String> p = keys(printed);
        for (String k : keys(official)) {
            if (p.contains(k)) {
                return true;
            }
        }
        return false;
    }

    static boolean loose(String printed, String official) {
        String p = plainKey(printed);
        if (p.isEmpty()) {
            return false;
        }
        for (String f : keys(official)) {
            if (f.length() >= MIN_PREFIX && p.startsWith(f)) {
                return true;
            }
            if (p.length() >= MIN_TRUNCATED && p.length() * 2 >= f.length() && f.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean any(String printed, String official) {
        return exact(printed, official) || loose(printed, official);
    }

    static <T> List<T> exactMatches(String printed, List<T> items, Function<T, String> label) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (exact(printed, label.apply(item))) {
                out.add(item);
            }
        }
        return out;
    }

    static <T> List<T> looseMatches(String printed, List<T> items, Function<T, String> label) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (loose(printed, label.apply(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /** The exact matches, or the loose ones when there is no exact match. */
    static <T> List<T> exactElseLoose(String printed, List<T> items, Function<T, String> label) {
        List<T> m = exactMatches(printed, items, label);
        return m.isEmpty() ? looseMatches(printed, items, label) : m;
    }
}
