package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.ValidationResult;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ArithmeticPropertiesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    private static Report random(ReportFormat format, long seed, int max) {
        return TestReports.consistent(format, format == ReportFormat.CURRENT_2021 ? 2023 : 2020,
                (r, c) -> new Random(seed * 7919 + r * 101L + c).nextInt(max + 1));
    }

    /** (rule, first cell) of every arithmetic finding. */
    private static Set<String> arithmetic(ValidationResult result) {
        return result.findings().stream().filter(f -> f.rule().matches("A[1-4]"))
                .map(f -> f.rule() + " " + f.cells().get(0)).collect(Collectors.toSet());
    }

    @Property(tries = 60)
    void aReportGeneratedConsistentFromTheFormHasNoArithmeticError(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 0, max = 500) int max,
                                                                   @ForAll boolean current) {
        Report r = random(current ? ReportFormat.CURRENT_2021 : ReportFormat.TRIAL_2019, seed, max);
        ValidationResult result = V.validate(r);
        assertThat(arithmetic(result)).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }

    @Property(tries = 80)
    void onePartCellPlusOneGivesExactlyTheOutcomeAndRowTotalFindings(@ForAll long seed,
                                                                     @ForAll @IntRange(min = 0, max = 200) int rowPick,
                                                                     @ForAll @IntRange(min = 0, max = 20) int colPick,
                                                                     @ForAll boolean current) {
        ReportFormat format = current ? ReportFormat.CURRENT_2021 : ReportFormat.TRIAL_2019;
        Report r = random(format, seed, 30);
        FormTable t3 = Forms.national(format).table("T3").orElseThrow();
        List<FormRow> parts = t3.rows().stream().filter(x -> x.check() == Check.PART).toList();
        FormRow row = parts.get(rowPick % parts.size());
        FormColumn col = t3.columns().get(colPick % t3.columns().size());
        String id = TestReports.id(t3, row, col);
        Report broken = TestReports.with(r, id, TestReports.value(r, id).longValue() + 1);
        FormRow totalRow = FormShape.totalRowOfParts(Forms.national(format), t3).orElseThrow();
        assertThat(arithmetic(V.validate(broken))).containsExactlyInAnyOrder(
                "A2 " + TestReports.id(t3, totalRow, col),
                "A3 T3:" + row.code() + ":total");
    }

    @Property(tries = 40)
    void oneLitigationCellPlusOneGivesExactlyTheRowTotalFinding(@ForAll long seed,
                                                               @ForAll @IntRange(min = 0, max = 2) int rowPick,
                                                               @ForAll @IntRange(min = 0, max = 4) int colPick) {
        Report r = random(ReportFormat.CURRENT_2021, seed, 30);
        FormTable t4 = Forms.current2021().table("T4").orElseThrow();
        FormRow row = t4.rows().get(rowPick);
        String id = TestReports.id(t4, row, t4.columns().get(colPick));
        Report broken = TestReports.with(r, id, TestReports.value(r, id).longValue() + 1);
        assertThat(arithmetic(V.validate(broken))).containsExactly("A4 T4:" + row.code() + ":total");
    }

    private static Report randomLegacy(long seed) {
        return TestReports.legacy(id -> new Random(seed * 31 + id.hashCode()).nextInt(40));
    }

    @Property(tries = 60)
    void aLegacyTableGeneratedConsistentHasNoArithmeticError(@ForAll long seed) {
        ValidationResult result = V.validate(randomLegacy(seed));
        assertThat(result.findings()).filteredOn(f -> f.rule().startsWith("A-")).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }

    @Property(tries = 60)
    void oneLegacyLeafPartPlusOneGivesExactlyOneAPartOnItsIndicator(@ForAll long seed,
                                                                   @ForAll @IntRange(min = 0, max = 100) int pick) {
        FormTable l = Forms.legacyStatistics().table("L").orElseThrow();
        List<FormRow> leaves = l.rows().stream().filter(r -> r.check() == Check.PART)
                .filter(r -> l.rows().stream().noneMatch(x -> x.against().equals(r.code()))).toList();
        FormRow leaf = leaves.get(pick % leaves.size());
        Report r = randomLegacy(seed);
        String id = "L:" + leaf.code();
        Report broken = TestReports.with(r, id, TestReports.value(r, id).longValue() + 1);
        assertThat(V.validate(broken).findings()).filteredOn(f -> f.rule().startsWith("A-"))
                .extracting(f -> f.rule() + " " + f.cells().get(0))
                .containsExactly("A-PART L:" + leaf.against());
    }
}
