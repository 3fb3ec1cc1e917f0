package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.validate.Rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules of rules.md with their ids and the formats each applies to. */
public final class StandardRules {

    /**
     * A rule with its id and formats.
     *
     * @param id      the rules.md id
     * @param formats the formats it applies to
     * @param rule    the check, its findings' messages finished the same way ({@link Messages#finish})
     */
    public record Entry(String id, Set<ReportFormat> formats, Rule rule) {
        public Entry {
            Rule check = rule;
            rule = ctx -> check.check(ctx).stream().map(Messages::finish).toList();
        }
    }

    private static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);
    private static final Set<ReportFormat> STANDARD = EnumSet.of(ReportFormat.TRIAL_2019, ReportFormat.CURRENT_2021);
    private static final Set<ReportFormat> LEGACY = EnumSet.of(ReportFormat.LEGACY_2008);

    /** Conversion rule ids; the writer reports these, the validator does not run them. */
    static final String C1 = "C1";
    static final String C2 = "C2";

    private StandardRules() {
    }

    public static List<Entry> entries() {
        return List.of(
                new Entry("S1", ALL, StructureRules::sections),
                new Entry("S2", ALL, StructureRules::tableFormat),
                new Entry("S3", ALL, StructureRules::rowsAndColumns),
                new Entry("S4", ALL, StructureRules::tablesPresent),
                new Entry("S5", STANDARD, TextRules::notice),
                new Entry("S6", ALL, TextRules::period),
                new Entry("S7", ALL, TextRules::yearConsistency),
                new Entry("S8", ALL, TextRules::titleAndSignature),
                new Entry("S9", ALL, new CellValueRule()),
                new Entry("S10", ALL, TextRules::problemsSection),
                new Entry("S11", ALL, Numbering::check),
                new Entry("A1", STANDARD, StandardArithmetic.balance("T3")),
                new Entry("A2", STANDARD, StandardArithmetic.outcomes("T3")),
                new Entry("A3", STANDARD, StandardArithmetic.rowTotals("A3", "T3")),
                new Entry("A4", STANDARD, StandardArithmetic.rowTotals("A4", "T4")),
                new Entry("A5", STANDARD, CrossChecks::carryOver),
                new Entry("A6", EnumSet.of(ReportFormat.CURRENT_2021), CrossChecks::inForce),
                new Entry("A7", STANDARD, CrossChecks::rulesPower),
                new Entry("A-PART", LEGACY, LegacyArithmetic::parts),
                new Entry("A-SUBSET", LEGACY, LegacyArithmetic::subsets),
                new Entry("A-CHANNEL", LEGACY, LegacyArithmetic::channels),
                new Entry("N1", ALL, NarrativeRules::figures),
                new Entry("N2", ALL, NarrativeRules::statements),
                new Entry("N3", ALL, NarrativeRules::percentages),
                new Entry("N4", EnumSet.of(ReportFormat.CURRENT_2021), TextRules::processingFee),
                new Entry("D1", ALL, TextRules::deadline),
                new Entry("D2", ALL, TextRules::signatureDate),
                new Entry("D3", ALL, CrossChecks::copiedNarrative),
                new Entry("D4", ALL, PreviousYear::check),
                new Entry("F1", LEGACY, TextRules::signOff));
    }
}
