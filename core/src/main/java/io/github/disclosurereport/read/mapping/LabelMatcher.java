package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.text.Labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");
    /** A truncated printed label must keep at least this many characters (and half of the official one). */
    private static final int MIN_TRUNCATED = 3;
    /** A label with appended text must start with an official label at least this long. */
    private static final int MIN_PREFIX = 2;

    /**
     * Keys are asked for the same few hundred form labels and a document's printed labels over and over (every
     * printed cell against every form label); computed once each here. Lock-free reads, because a batch reads on
     * every core at once; emptied when full rather than ordered, so a stream of documents cannot grow it.
     */
    private static final int CACHE_SIZE = 8192;
    private static final Map<String, Set<String>> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> PLAIN_KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> LOOSE_KEYS = new ConcurrentHashMap<>();

    private LabelMatcher() {
    }

    /** The comparison keys of a label, most specific first; never contains the empty key. */
    static Set<String> keys(String label) {
        return memo(KEYS, label == null ? "" : label, LabelMatcher::computeKeys);
    }

    /** {@link Labels#keyWithoutNumbering}, computed once per label. */
    static String plainKey(String label) {
        return memo(PLAIN_KEYS, label == null ? "" : label, Labels::keyWithoutNumbering);
    }

    /** The key without numbering of a label without its trailing bracketed note （不同渠道和方式公开相同信息计1条）. */
    static String looseKey(String label) {
        return memo(LOOSE_KEYS, label == null ? "" : label,
                l -> Labels.keyWithoutNumbering(TRAILING_NOTE.matcher(Labels.clean(l)).replaceFirst("")));
    }

    private static <V> V memo(Map<String, V> cache, String label, Function<String, V> compute) {
        V cached = cache.get(label);
        if (cached == null) {
            cached = compute.apply(label);
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            cache.put(label, cached);
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
