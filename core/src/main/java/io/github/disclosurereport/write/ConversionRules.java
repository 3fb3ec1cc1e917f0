package io.github.disclosurereport.write;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormDefinitionException;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.text.Labels;
import io.github.disclosurereport.text.StandardSections;
import io.github.disclosurereport.text.Tsv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data behind converting older reports to the 2021 format: which cell comes from where
 * (conversion-to-2021.tsv), the six 2021 sections (sections-2021.tsv) and where a legacy section's text goes
 * (sections-to-2021.tsv).
 */
public final class ConversionRules {

    private static final List<ConversionRule> RULES = loadRules();
    private static final List<String[]> LEGACY_SECTIONS = table("sections-to-2021.tsv");

    private ConversionRules() {
    }

    /** The rule for a 2021 cell when converting from a format, if the older format has any source for it. */
    public static Optional<ConversionRule> forTarget(ReportFormat from, String targetId) {
        return RULES.stream().filter(r -> r.from() == from && r.target().equals(targetId)).findFirst();
    }

    public static List<ConversionRule> all() {
        return RULES;
    }

    /** The 2021 sections in order: number → official heading. */
    public static Map<String, String> currentSections() {
        Map<String, String> out = new LinkedHashMap<>();
        StandardSections.all().forEach(s -> out.put(s.numeral(), s.heading()));
        return out;
    }

    /** The 2021 section number a legacy section's text goes to. */
    public static String legacySectionTarget(String heading) {
        String key = Labels.key(heading);
        for (String[] s : LEGACY_SECTIONS) {
            if (key.contains(Labels.key(s[0]))) {
                return s[1];
            }
        }
        return "六";
    }

    private static List<ConversionRule> loadRules() {
        FormDefinition current = Forms.national(ReportFormat.CURRENT_2021); // the rules name national cells
        List<ConversionRule> out = new ArrayList<>();
        for (String[] l : table("conversion-to-2021.tsv")) {
            ReportFormat from = ReportFormat.valueOf(l[0]);
            ConversionRule.Quality quality = ConversionRule.Quality.valueOf(l[3].toUpperCase(java.util.Locale.ROOT));
            List<String> sources = Arrays.asList(l[2].split("\\+"));
            if (l[1].endsWith(":*")) {
                String prefix = l[1].substring(0, l[1].length() - 1);
                for (CellDefinition c : current.cells()) {
                    if (c.id().startsWith(prefix)) {
                        String col = c.column().code();
                        out.add(new ConversionRule(from, c.id(),
                                sources.stream().map(s -> s.endsWith(":*") ? s.substring(0, s.length() - 1) + col : s)
                                        .toList(), quality, l[4]));
                    }
                }
            } else {
                if (current.cell(l[1]).isEmpty()) {
                    throw new FormDefinitionException("conversion-to-2021.tsv: unknown 2021 cell " + l[1]);
                }
                out.add(new ConversionRule(from, l[1], sources, quality, l[4]));
            }
        }
        return List.copyOf(out);
    }

    private static List<String[]> table(String resource) {
        return Tsv.formsData(resource);
    }
}
