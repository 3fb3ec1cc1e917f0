package io.github.disclosurereport.write;

import java.util.List;

/**
 * What a conversion could not carry over exactly (rules C1 and C2 of rules.md).
 *
 * @param rule     C1 (no source: left blank) or C2 (approximate mapping)
 * @param severity WARNING for C1, INFO for C2
 * @param message  in Chinese: which cells, from where, why
 * @param cells    the 2021 cells concerned
 * @param sources  the older cells they came from or that are cited
 */
public record ConversionNote(String rule, String severity, String message, List<String> cells, List<String> sources) {
    public ConversionNote {
        cells = List.copyOf(cells);
        sources = List.copyOf(sources);
    }
}
