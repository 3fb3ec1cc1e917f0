package io.github.disclosurereport.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The well-known legacy indicators by meaning ({@code legacy-indicators.tsv}): which national legacy code a printed
 * label of any province's statistics table stands for (主动公开信息数 → 1.1, 受理申请总数 → 3.1, 答复总数 → 3.3 …).
 */
public final class LegacyIndicators {

    /** Label key (numbering dropped) → national legacy code. */
    private static final Map<String, String> CODES = load();

    private LegacyIndicators() {
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : Tsv.formsData("legacy-indicators.tsv")) {
            for (String label : f[1].split("\\|")) {
                String key = Labels.keyWithoutNumbering(label);
                if (!key.isEmpty()) {
                    out.putIfAbsent(key, f[0].strip());
                }
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The national legacy code a printed label stands for.
     *
     * @param label a printed label, e.g. 其中：行政复议数
     * @return the code, e.g. 4; empty when the label is none of the well-known indicators
     */
    public static Optional<String> code(String label) {
        return Optional.ofNullable(CODES.get(Labels.keyWithoutNumbering(label)));
    }

    /** {@return every label key the file lists} */
    public static List<String> keys() {
        return List.copyOf(CODES.keySet());
    }
}
