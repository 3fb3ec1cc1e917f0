package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.github.disclosurereport.validate.rules.TestReports.value;
import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withSectionText;
import static org.assertj.core.api.Assertions.assertThat;

class NarrativeRulesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    private static String n(Report r, String id) {
        return value(r, id).toPlainString();
    }

    private static List<Finding> n1(Report r, String text) {
        return V.validate(withSectionText(r, "一", text)).ofRule("N1");
    }


    @Test
    void everyWayOfSayingNoneIsReadAsNoneOnJinhu() throws Exception {
        Report jinhu = DisclosureReports.defaults().reader()
                .read(java.nio.file.Path.of("src/test/resources/corpus/jinhu2023.docx"));
        // 四 says 暂无 while 表四 counts 3 direct suits: the same error as for 无 (it once knew only 无 and 本年度无)
        for (String none : List.of("无。", "暂无。", "本年度无", "没有。")) {
            assertThat(V.validate(withSectionText(jinhu, "四", none)).ofRule("N2")).as(none).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.message()).contains("下写“无”");
                    });
        }
        // 五 saying only 本机关无 says nothing about problems (it once knew only 无, 暂无, 本年度无, 今年无, 没有)
        assertThat(V.validate(withSectionText(jinhu, "五", "本机关无。")).ofRule("S10")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("只写了“本机关无。”"));
    }

    @Test
    void n1ReceivedFigureMustEqualTheTable() {
        Report base = TestReports.current();
        Report changed = with(base, "T3:R1:natural", value(base, "T3:R1:natural").longValue() + 1);
        changed = with(changed, "T3:R1:total", value(base, "T3:R1:total").longValue() + 1);
        changed = with(changed, "T3:R3.1:natural", value(base, "T3:R3.1:natural").longValue() + 1);
        changed = with(changed, "T3:R3.1:total", value(base, "T3:R3.1:total").longValue() + 1);
        changed = with(changed, "T3:R3.7:natural", value(base, "T3:R3.7:natural").longValue() + 1);
        changed = with(changed, "T3:R3.7:total", value(base, "T3:R3.7:total").longValue() + 1);
        // the table is consistent again; the narrative of the fixture still states the old figures
        ValidationResult result = V.validate(changed);
        assertThat(result.findings()).filteredOn(f -> f.rule().startsWith("A")).isEmpty();
        List<Finding> n1 = result.ofRule("N1");
        assertThat(n1).extracting(f -> f.cells().get(0)).containsExactly("T3:R1:total", "T3:R3.7:total");
        Finding received = n1.get(0);
        assertThat(received.severity()).isEqualTo(Severity.ERROR);
        assertThat(received.expected()).isEqualByComparingTo(value(changed, "T3:R1:total"));
        assertThat(received.actual()).isEqualByComparingTo(value(base, "T3:R1:total"));
        assertThat(received.location()).isEqualTo(base.sections().get(0).paragraphs().get(0).location());
        assertThat(received.message()).contains("收到政府信息公开申请" + n(base, "T3:R1:total") + "件");
    }

    @Test
    void n1AggregateWordingIsOnlyAWarning() {
        Report base = TestReports.current();
        List<Finding> f = n1(base, "全县共收到政府信息公开申请999件。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.actual()).isEqualByComparingTo("999");
        });
    }

    @Test
    void n1ReceivedIncludingCarryOver() {
        Report base = TestReports.current();
        BigDecimal withCarry = value(base, "T3:R1:total").add(value(base, "T3:R2:total"));
        assertThat(n1(base, "受理政府信息公开申请" + withCarry.toPlainString() + "件（含上年结转"
                + n(base, "T3:R2:total") + "件）。")).isEmpty();
        // without saying so: a warning that names the likely reason
        assertThat(n1(base, "受理政府信息公开申请" + withCarry.toPlainString() + "件。")).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).contains("含上年结转");
                });
    }

    @Test
    void n1AnsweredCarriedAndOutcomes() {
        Report base = TestReports.current();
        String ok = "答复" + n(base, "T3:R3.7:total") + "件（含上年度结转" + n(base, "T3:R2:total") + "件），顺延到下年度"
                + n(base, "T3:R4:total") + "件，予以公开及部分公开"
                + value(base, "T3:R3.1:total").add(value(base, "T3:R3.2:total")).toPlainString() + "件。";
        assertThat(n1(base, ok)).isEmpty();
        List<Finding> wrong = n1(base, "予以公开及部分公开258件，结转下年度继续办理72件。");
        assertThat(wrong).extracting(f -> f.cells()).containsExactlyInAnyOrder(
                List.of("T3:R3.1:total", "T3:R3.2:total"), List.of("T3:R4:total"));
        assertThat(wrong).allMatch(f -> f.severity() == Severity.ERROR);
        List<Finding> refused = n1(base, "不予公开99件。");
        assertThat(refused).singleElement().satisfies(f -> assertThat(f.cells()).hasSize(8)
                .allMatch(id -> id.startsWith("T3:R3.3.")));
    }

    @Test
    void n1ReviewAndLitigationCounts() {
        Report base = TestReports.current();
        assertThat(n1(base, "发生行政复议" + n(base, "T4:review:total") + "件。")).isEmpty();
        assertThat(n1(base, "发生行政复议" + (value(base, "T4:review:total").intValue() + 3) + "件，行政诉讼"
                + value(base, "T4:direct:total").add(value(base, "T4:after_review:total")).toPlainString() + "件。"))
                .singleElement().satisfies(f -> {
                    assertThat(f.cells()).containsExactly("T4:review:total");
                    assertThat(f.expected().add(BigDecimal.valueOf(3))).isEqualByComparingTo(f.actual());
                });
    }

    @Test
    void n1LegacyProactiveCount() {
        Report base = TestReports.legacy();
        assertThat(n1(base, "今年，我会主动公开政府信息7条。")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("L:1.1");
            assertThat(f.actual()).isEqualByComparingTo("7");
            assertThat(f.expected()).isEqualByComparingTo(value(base, "L:1.1"));
        });
        // a blank indicator is A-CHANNEL's business, not N1's
        assertThat(n1(with(base, "L:1.1", null), "今年，我会主动公开政府信息7条。")).isEmpty();
    }

    @Test
    void n1LegacyCaseResultsAreTheFormsRowsUnderReviewAndLitigation() throws Exception {
        Report base = TestReports.legacy();
        assertThat(n1(base, "发生行政复议案件，结果维持5件。")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("L:4.1");
            assertThat(f.expected()).isEqualByComparingTo(value(base, "L:4.1"));
        });
        assertThat(n1(base, "行政诉讼案件结果纠正5件。")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("L:5.2"));
        assertThat(n1(base, "发生行政复议案件，结果维持" + n(base, "L:4.1") + "件。")).isEmpty();

        // a province's form codes the rows otherwise: they are found by what the form prints, not by 4.1
        String tsv = new String(io.github.disclosurereport.form.Forms.class
                .getResourceAsStream("legacy-statistics.tsv").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\n4.1\t4\t", "\nreview.upheld\t4\t");
        var variant = io.github.disclosurereport.form.FormDefinition.load("review-coded",
                io.github.disclosurereport.form.ReportFormat.LEGACY_2008, new java.io.StringReader(tsv));
        java.util.Map<String, io.github.disclosurereport.model.Cell> cells = new java.util.LinkedHashMap<>(base.cells());
        io.github.disclosurereport.model.Cell upheld = cells.remove("L:4.1");
        cells.put("L:review.upheld", new io.github.disclosurereport.model.Cell("L:review.upheld", upheld.value(),
                upheld.raw(), upheld.state(), upheld.location()));
        Report coded = new Report(base.format(), base.metadata(), base.preamble(), base.sections(), cells,
                List.of(), base.signOff(), List.of(), new Report.SourceInfo("coded.docx", "docx", variant));
        assertThat(n1(coded, "发生行政复议案件，结果维持5件。")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("L:review.upheld"));
    }

    @Test
    void n2AbsoluteStatements() {
        Report base = TestReports.current();
        List<Finding> none = V.validate(withSectionText(base, "一", "本年度未收到政府信息公开申请。")).ofRule("N2");
        assertThat(none).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).allMatch(id -> id.startsWith("T3:R1:")).contains("T3:R1:total");
            assertThat(f.expected()).isEqualByComparingTo("0");
        });
        Report zero = base;
        for (String id : base.cells().keySet()) {
            if (id.startsWith("T3:R1:")) {
                zero = with(zero, id, 0);
            }
        }
        assertThat(V.validate(withSectionText(zero, "一", "本年度未收到政府信息公开申请。")).ofRule("N2")).isEmpty();

        Report corrected = with(with(base, "T4:review:corrected", 1), "T4:review:total",
                value(base, "T4:review:total").longValue() + 1);
        List<Finding> upheld = V.validate(withSectionText(corrected, "四", "行政复议案件均获维持。")).ofRule("N2");
        assertThat(upheld).singleElement().satisfies(f -> assertThat(f.cells()).contains("T4:review:corrected"));

        List<Finding> nothing = V.validate(withSectionText(base, "四", "无。")).ofRule("N2");
        assertThat(nothing).singleElement().satisfies(f -> assertThat(f.cells()).anyMatch(id -> id.startsWith("T4:")));
        assertThat(V.validate(withSectionText(base, "三", "无")).ofRule("N2")).singleElement()
                .satisfies(f -> assertThat(f.cells()).allMatch(id -> id.startsWith("T3:R1:")));
        List<Finding> noCases = V.validate(withSectionText(base, "四", "本年度未发生政府信息公开行政复议、行政诉讼案件。"))
                .ofRule("N2");
        assertThat(noCases).singleElement().satisfies(f -> assertThat(f.cells())
                .anyMatch(id -> id.startsWith("T4:review")).anyMatch(id -> id.startsWith("T4:direct")));
    }

    @Test
    void n3PercentagesRecompute() {
        Report base = TestReports.current();
        List<Finding> n3 = V.validate(withSectionText(base, "五", "在80件申请中，予以公开的有20件，占30%。")).ofRule("N3");
        assertThat(n3).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualByComparingTo("25");
            assertThat(f.actual()).isEqualByComparingTo("30");
        });
        assertThat(V.validate(withSectionText(base, "五", "共734条，其中16条，占2.2%。")).ofRule("N3")).isEmpty();
        assertThat(V.validate(withSectionText(base, "五", "共734条，其中16条，占2.8%。")).ofRule("N3")).hasSize(1);
        assertThat(V.validate(withSectionText(base, "五", "收到申请100件，办结95件，按时办结率100%。")).ofRule("N3"))
                .isEmpty();
    }

    @Test
    void n4SectionSixStatesTheProcessingFee() {
        Report base = TestReports.current();
        assertThat(V.validate(withSectionText(base, "六", "无其他需要报告的事项。")).ofRule("N4")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location()).isEqualTo(base.sections().get(5).location());
                });
        assertThat(V.validate(withSectionText(base, "六", "本年度未收取信息处理费，无其他需要报告的事项。")).ofRule("N4"))
                .isEmpty();
    }

    @Test
    void figuresWithoutAClearSubjectAreNotCompared() {
        Report base = TestReports.current();
        assertThat(n1(base, "收到申请中当面申请5件。")).isEmpty();
        assertThat(n1(base, "发生行政复议、行政诉讼共99件。")).isEmpty();
        assertThat(n1(base, "行政复议决定维持99件。")).isEmpty();
        assertThat(V.validate(withSectionText(base, "四", "本年度未经行政复议直接提起行政诉讼的情况说明如下。"))
                .ofRule("N2")).isEmpty();
        assertThat(V.validate(withSectionText(base, "五", "2024年，我局将继续加强培训。")).ofRule("S7")).isEmpty();
    }
}
