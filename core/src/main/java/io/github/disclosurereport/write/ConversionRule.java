package io.github.disclosurereport.write;

import io.github.disclosurereport.form.ReportFormat;

import java.util.List;

/**
 * Where one 2021-format cell comes from in an older format (conversion-to-2021.tsv).
 *
 * @param from    the older format
 * @param target  the 2021 cell id
 * @param sources the older cells whose sum gives the value (or, for {@link Quality#NONE}, that are only cited)
 * @param quality how close the meaning is
 * @param note    why, in Chinese, for the user
 */
public record ConversionRule(ReportFormat from, String target, List<String> sources, Quality quality, String note) {

    public enum Quality { EXACT, APPROXIMATE, NONE }

    public ConversionRule {
        sources = List.copyOf(sources);
    }
}
