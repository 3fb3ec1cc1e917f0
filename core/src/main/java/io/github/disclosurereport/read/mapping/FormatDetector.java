package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.LegacyIndicators;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides a report's format from its tables' labels, cross-checked with the report year. The fingerprints are
 * derived from the forms data: the labels one standard form prints and the other does not (本年制发件数 vs
 * 本年新制作数量 …), and the legacy statistics indicators.
 */
final class FormatDetector {

    /** Legacy indicator labels that must be seen before a table counts as a legacy statistics table. */
    static final int LEGACY_MIN_HITS = 5;

    // the fingerprints are the national forms', whatever forms are configured: a variant's extra labels must not
    // change which format a report is
    private static final Set<String> CURRENT_ONLY = difference(Forms.national(ReportFormat.CURRENT_2021),
            Forms.national(ReportFormat.TRIAL_2019));
    private static final Set<String> TRIAL_ONLY = difference(Forms.national(ReportFormat.TRIAL_2019),
            Forms.national(ReportFormat.CURRENT_2021));
    // the legacy statistics table is a family of provincial forms: every bundled one, and the well-known indicators
    // any province prints (legacy-indicators.tsv), say "legacy"
    private static final Set<String> LEGACY = legacyLabels();

    private FormatDetector() {
    }

    /** Which format the tables say, or the year's format when they say nothing. */
    static ReportFormat detect(SourceDocument source, Integer year) {
        int current = 0;
        int trial = 0;
        int legacy = 0;
        for (SourceTable t : source.tables()) {
            Set<String> keys = cellKeys(t);
            current += count(keys, CURRENT_ONLY);
            trial += count(keys, TRIAL_ONLY);
            int l = count(keys, LEGACY);
            legacy += l >= LEGACY_MIN_HITS ? l : 0;
        }
        if (legacy > 0 && legacy >= current + trial) {
            return ReportFormat.LEGACY_2008;
        }
        if (current > 0 && trial > 0 && year != null && year >= 2021) {
            // a 2021 report that kept an old-format table (often T2) is a 2021 report "使用旧格式": mapped with the
            // 2021 form, its trial rows/columns are kept under their trial ids and noted, so the validator says S2
            // instead of misreading the 2021 tables with the trial form
            return ReportFormat.CURRENT_2021;
        }
        if (current > trial) {
            return ReportFormat.CURRENT_2021;
        }
        if (trial > current) {
            return ReportFormat.TRIAL_2019;
        }
        return year == null ? ReportFormat.CURRENT_2021 : ReportFormat.forReportYear(year);
    }

    /** How many legacy indicator labels a table prints; used to recognise a statistics table. */
    static int legacyHits(SourceTable t) {
        return count(cellKeys(t), LEGACY);
    }

    static Set<String> cellKeys(SourceTable t) {
        Set<String> keys = new HashSet<>();
        for (GridCell c : t.cells()) {
            keys.add(LabelMatcher.plainKey(c.text()));
        }
        return keys;
    }

    private static int count(Set<String> keys, Set<String> wanted) {
        int n = 0;
        for (String w : wanted) {
            if (keys.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> legacyLabels() {
        Set<String> out = labels(Forms.national(ReportFormat.LEGACY_2008));
        Forms.bundled(ReportFormat.LEGACY_2008).forEach(f -> out.addAll(labels(f)));
        out.addAll(LegacyIndicators.keys());
        return out;
    }

    private static Set<String> labels(FormDefinition form) {
        Set<String> out = new HashSet<>();
        for (FormTable t : form.tables()) {
            t.rows().forEach(r -> {
                out.add(Labels.keyWithoutNumbering(r.label()));
                r.also().forEach(a -> out.add(Labels.keyWithoutNumbering(a)));
            });
            t.columns().forEach(c -> out.add(Labels.keyWithoutNumbering(c.label())));
        }
        out.remove("");
        return out;
    }

    private static Set<String> difference(FormDefinition a, FormDefinition b) {
        Set<String> out = labels(a);
        out.removeAll(labels(b));
        return out;
    }
}
