package io.github.disclosurereport.read.mapping;

import java.util.List;
import java.util.function.Function;

/**
 * The order in which a printed label is tried against form labels, for rows and columns alike: exact before loose,
 * so that a label a loose match would also give to another item goes where it matches exactly; and at each, this
 * form before the older one, so that a 2021 report is read as 2021 wherever its labels allow, and a label only the
 * trial form prints (（六）其他处理 as one row) is still found.
 */
enum MatchStep {
    EXACT(false, false),
    EXACT_OLDER(false, true),
    LOOSE(true, false),
    LOOSE_OLDER(true, true);

    private final boolean loose;
    private final boolean older;

    MatchStep(boolean loose, boolean older) {
        this.loose = loose;
        this.older = older;
    }

    /** Whether this step looks in the older form. */
    boolean older() {
        return older;
    }

    /** The items of this step's form whose labels the printed text matches, in this step's way. */
    <T> List<T> matches(String printed, List<T> own, List<T> fromOlder, Function<T, String> label) {
        List<T> items = older ? fromOlder : own;
        return loose ? LabelMatcher.looseMatches(printed, items, label)
                : LabelMatcher.exactMatches(printed, items, label);
    }
}
