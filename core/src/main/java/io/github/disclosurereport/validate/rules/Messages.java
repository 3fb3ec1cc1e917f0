package io.github.disclosurereport.validate.rules;

import java.util.List;

/** How findings word lists and finish their sentences, the same way in every rule. */
final class Messages {

    private Messages() {
    }

    /** The items joined with 、; past {@code max} the first ones and "等 N 项". */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("、", items);
        }
        return String.join("、", items.subList(0, max - 1)) + "等 " + items.size() + " 项";
    }
}
