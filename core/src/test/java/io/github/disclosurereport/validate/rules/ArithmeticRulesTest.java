package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.github.disclosurereport.validate.rules.TestReports.value;
import static io.github.disclosurereport.validate.rules.TestReports.with;
import static org.assertj.core.api.Assertions.assertThat;

class ArithmeticRulesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    private static List<Finding> arithmeticErrors(ValidationResult r) {
        return r.findings().stream().filter(f -> f.rule().startsWith("A") && f.severity() == Severity.ERROR).toList();
    }

    @Test
    void consistentReportsHaveNoErrorAtAll() {
        for (Report r : List.of(TestReports.current(), TestReports.trial(), TestReports.legacy())) {
            ValidationResult result = V.validate(r);
            assertThat(result.withSeverity(Severity.ERROR)).as(r.format().name()).isEmpty();
            assertThat(result.hasErrors()).isFalse();
            assertThat(result.findings()).as(r.format().name()).isEmpty();
        }
    }

    @Test
    void a1BalanceOfReceivedCarriedAndAnswered() {
        Report base = TestReports.current();
        BigDecimal r4 = value(base, "T3:R4:natural");
        Report r = with(base, "T3:R4:natural", r4.longValue() + 1);
        List<Finding> a1 = V.validate(r).ofRule("A1");
        assertThat(a1).hasSize(1);
        Finding f = a1.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cells()).containsExactly("T3:R3.7:natural", "T3:R4:natural", "T3:R1:natural", "T3:R2:natural");
        BigDecimal in = value(base, "T3:R1:natural").add(value(base, "T3:R2:natural"));
        assertThat(f.expected()).isEqualByComparingTo(in);
        assertThat(f.actual()).isEqualByComparingTo(in.add(BigDecimal.ONE));
        assertThat(f.message()).contains("勾稽关系", "自然人");
        // the row total of R4 no longer adds up either
        assertThat(V.validate(r).ofRule("A3")).extracting(Finding::cells).extracting(c -> c.get(0))
                .containsExactly("T3:R4:total");
    }

    @Test
    void a2OutcomeRowsSumIntoTheTotalRow() {
        Report base = TestReports.current();
        Report r = with(base, "T3:R3.3.1:research", value(base, "T3:R3.3.1:research").longValue() + 1);
        ValidationResult result = V.validate(r);
        List<Finding> a2 = result.ofRule("A2");
        assertThat(a2).hasSize(1);
        assertThat(a2.get(0).cells().get(0)).isEqualTo("T3:R3.7:research");
        assertThat(a2.get(0).cells()).contains("T3:R3.3.1:research");
        assertThat(a2.get(0).expected()).isEqualByComparingTo(value(base, "T3:R3.7:research").add(BigDecimal.ONE));
        assertThat(a2.get(0).actual()).isEqualByComparingTo(value(base, "T3:R3.7:research"));
        assertThat(a2.get(0).location().describe()).startsWith("第2个表格");
        assertThat(result.ofRule("A3")).extracting(f -> f.cells().get(0)).containsExactly("T3:R3.3.1:total");
        assertThat(result.ofRule("A1")).isEmpty();
    }

    @Test
    void a2UsesTheTrialFormsSingleOtherRow() {
        Report base = TestReports.trial();
        Report r = with(base, "T3:R3.6:natural", value(base, "T3:R3.6:natural").longValue() + 2);
        List<Finding> a2 = V.validate(r).ofRule("A2");
        assertThat(a2).singleElement().satisfies(f -> {
            assertThat(f.cells()).contains("T3:R3.6:natural");
            assertThat(f.expected().subtract(f.actual())).isEqualByComparingTo("2");
        });
    }

    @Test
    void a3RowTotalIsTheSumOfApplicantColumns() {
        Report base = TestReports.current();
        Report r = with(base, "T3:R1:total", value(base, "T3:R1:total").longValue() + 1);
        List<Finding> a3 = V.validate(r).ofRule("A3");
        assertThat(a3).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells().get(0)).isEqualTo("T3:R1:total");
            assertThat(f.expected()).isEqualByComparingTo(value(base, "T3:R1:total"));
            assertThat(f.actual()).isEqualByComparingTo(value(base, "T3:R1:total").add(BigDecimal.ONE));
        });
    }

    @Test
    void aBlankTotalWithFilledPartsIsAWarningWithoutActual() {
        Report base = TestReports.current();
        Report r = with(base, "T3:R3.1:total", null);
        Finding f = V.validate(r).ofRule("A3").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cells().get(0)).isEqualTo("T3:R3.1:total");
        assertThat(f.expected()).isEqualByComparingTo(value(base, "T3:R3.1:total"));
        assertThat(f.actual()).isNull();
        assertThat(f.message()).contains("空白");
    }

    @Test
    void jinhuLitigationRowWithZeroTotalIsA4() {
        Report jinhu = TestReports.fromExpected("jinhu2023");
        ValidationResult result = V.validate(jinhu);
        assertThat(arithmeticErrors(result)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("A4");
            assertThat(f.cells()).containsExactly("T4:direct:total", "T4:direct:upheld", "T4:direct:corrected",
                    "T4:direct:other", "T4:direct:pending");
            assertThat(f.expected()).isEqualByComparingTo("3");
            assertThat(f.actual()).isEqualByComparingTo("0");
            assertThat(f.location().describe()).isEqualTo("第3个表格第5行第6列");
            assertThat(f.message()).contains("未经复议直接起诉", "3", "0");
        });
        // every rule id the corpus file lists is found on its cell
        TestReports.expected("jinhu2023").get("errors").forEach(e -> assertThat(result.findings())
                .anyMatch(f -> f.rule().equals(e.get("rule").asText()) && f.cells().contains(e.get("cell").asText())
                        && f.severity() == Severity.ERROR));
    }

    @Test
    void a5CarryOverMustMatchLastYearsCarryForward() {
        Report previous = TestReports.asLastYear(with(TestReports.current(), "T3:R4:natural", 5));
        Report now = TestReports.current();
        List<Finding> a5 = V.withPrevious(previous).validate(now).ofRule("A5");
        assertThat(a5).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T3:R2:natural");
            assertThat(f.expected()).isEqualByComparingTo("5");
            assertThat(f.actual()).isEqualByComparingTo("2");
        });
        assertThat(V.validate(now, TestReports.asLastYear(TestReports.current())).ofRule("A5")).isEmpty();
        assertThat(V.validate(now).ofRule("A5")).isEmpty();
    }

    @Test
    void a6InForceFollowsFromLastYear() {
        Report previous = TestReports.asLastYear(TestReports.current());
        Report now = TestReports.current();
        // consistent: in_force(y) = in_force(y-1) + issued - repealed
        BigDecimal expected = value(previous, "T2:normative:in_force").add(value(now, "T2:normative:issued"))
                .subtract(value(now, "T2:normative:repealed"));
        Report good = with(now, "T2:normative:in_force", expected);
        assertThat(V.validate(good, previous).ofRule("A6")).isEmpty();
        Report bad = with(now, "T2:normative:in_force", expected.add(BigDecimal.TEN));
        assertThat(V.validate(bad, previous).ofRule("A6")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T2:normative:in_force", "T2:normative:issued",
                    "T2:normative:repealed");
            assertThat(f.expected()).isEqualByComparingTo(expected);
            assertThat(f.actual()).isEqualByComparingTo(expected.add(BigDecimal.TEN));
        });
    }

    @Test
    void a7RulesOnlyForOrgansWithRuleMakingPower() {
        Report town = TestReports.withMetadata(with(TestReports.current(), "T2:rules:in_force", 6),
                new Metadata("某某镇人民政府2023年政府信息公开工作年度报告", "某某镇人民政府", "", 2023,
                        LocalDate.of(2024, 1, 20), ""));
        assertThat(V.validate(town).ofRule("A7")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T2:rules:in_force");
            assertThat(f.actual()).isEqualByComparingTo("6");
        });
        Report province = TestReports.withMetadata(with(TestReports.current(), "T2:rules:in_force", 6),
                new Metadata("湖北省人民政府2023年政府信息公开工作年度报告", "湖北省人民政府", "", 2023,
                        LocalDate.of(2024, 1, 20), ""));
        assertThat(V.validate(province).ofRule("A7")).isEmpty();
    }

    @Test
    void legacyPartsMustSumToTheirIndicator() {
        Report base = TestReports.legacy();
        Report r = with(base, "L:3.1", value(base, "L:3.1").longValue() + 1);
        assertThat(V.validate(r).ofRule("A-PART")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).containsExactly("L:3.1", "L:3.1.1", "L:3.1.2", "L:3.1.3", "L:3.1.4", "L:3.1.5");
            assertThat(f.expected()).isEqualByComparingTo("5");
            assertThat(f.actual()).isEqualByComparingTo("6");
        });
        Report blankParent = with(base, "L:4", null);
        assertThat(V.validate(blankParent).ofRule("A-PART")).singleElement().satisfies(f -> {
            assertThat(f.cells().get(0)).isEqualTo("L:4");
            assertThat(f.expected()).isEqualByComparingTo("3");
            assertThat(f.actual()).isNull();
        });
    }

    @Test
    void legacySubsetIsAtMostItsRow() {
        Report r = with(TestReports.legacy(), "L:1.1.a", 5);
        assertThat(V.validate(r).ofRule("A-SUBSET")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).containsExactly("L:1.1.a", "L:1.1");
            assertThat(f.expected()).isEqualByComparingTo("1");
            assertThat(f.actual()).isEqualByComparingTo("5");
        });
    }

    @Test
    void seedBlankTotalWithFilledChannelsGivesTheRange() {
        Report seed = TestReports.fromExpected("seed-2017-huancui-cdpf");
        ValidationResult result = V.validate(seed);
        assertThat(result.ofRule("A-CHANNEL")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).containsExactly("L:1.1", "L:1.2.2", "L:1.2.5");
            assertThat(f.message()).contains("103", "132", "空白");
            assertThat(f.location()).isEqualTo(seed.cell("L:1.1").orElseThrow().location());
        });
        assertThat(arithmeticErrors(result)).extracting(Finding::rule).containsExactly("A-CHANNEL");
        TestReports.expected("seed-2017-huancui-cdpf").get("errors").forEach(e -> assertThat(result.findings())
                .anyMatch(f -> f.rule().equals(e.get("rule").asText()) && f.cells().contains(e.get("cell").asText())));
    }

    @Test
    void channelTotalAboveTheSumOfChannels() {
        Report r = with(TestReports.legacy(), "L:1.1", 9);
        assertThat(V.validate(r).ofRule("A-CHANNEL")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualByComparingTo("5");
            assertThat(f.actual()).isEqualByComparingTo("9");
            assertThat(f.message()).contains("1 至 5");
        });
    }
}
