package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.validate.Finding;

import java.util.List;
import java.util.regex.Pattern;

/** How findings word lists and finish their sentences, the same way in every rule. */
final class Messages {

    private Messages() {
    }

    /** More cell ids than this are summarised after the message. */
    private static final int MAX_IDS = 4;
    private static final Pattern DOUBLE_STOP = Pattern.compile("。[。.]+");

    /**
     * The finding as a clerk reads it: one full stop where two met ("。。"), and the cell ids after the Chinese
     * description — not inside the sentence — a long list summarised.
     */
    static Finding finish(Finding f) {
        String m = DOUBLE_STOP.matcher(f.message().strip()).replaceAll("。");
        if (!m.endsWith("。") && !m.endsWith("）") && !m.endsWith("”")) {
            m = m + "。";
        }
        if (!f.cells().isEmpty()) {
            List<String> ids = f.cells();
            m = m + "〔单元格：" + (ids.size() <= MAX_IDS ? String.join("、", ids)
                    : String.join("、", ids.subList(0, MAX_IDS - 1)) + " 等 " + ids.size() + " 个") + "〕";
        }
        return new Finding(f.rule(), f.severity(), m, f.cells(), f.location(), f.expected(), f.actual());
    }

    /** The items joined with 、; past {@code max} the first ones and "等 N 项". */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join("、", items);
        }
        return String.join("、", items.subList(0, max - 1)) + "等 " + items.size() + " 项";
    }
}
