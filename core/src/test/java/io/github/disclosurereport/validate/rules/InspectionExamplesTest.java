package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.disclosurereport.validate.rules.TestReports.value;
import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withSectionText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of issue 13, each seen on a real report: the finding it must give, or none. Blank is not zero; a
 * figure is compared with what its sentence counts; one defect gives one finding; and the defects once missed.
 */
class InspectionExamplesTest {

    private static final DisclosureReports ROOT = DisclosureReports.defaults();
    private static final Validator V = ROOT.validator();

    private static final List<String> OUTCOME_ROWS = List.of("R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4",
            "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3",
            "R3.5.4", "R3.5.5", "R3.6.1", "R3.6.2", "R3.6.3");

    /** The 总计 column's outcome rows blank, each row's applicant columns filled: the report that gave 多 805. */
    private static Report outcomeTotalsBlank() {
        Report r = TestReports.current();
        for (String row : OUTCOME_ROWS) {
            r = with(r, "T3:" + row + ":total", null);
        }
        return r;
    }

    @Test
    void partsAllBlankAreNotASumOfZero() {
        Report base = TestReports.current();
        Report r = outcomeTotalsBlank();
        ValidationResult result = V.validate(r);
        assertThat(result.withSeverity(Severity.ERROR)).isEmpty();
        assertThat(result.ofRule("A2")).isEmpty();
        // one completeness warning for the blank 总计 column, stating the numbers
        assertThat(result.ofRule("A3")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).hasSize(21).first().isEqualTo("T3:R3.1:total");
            assertThat(f.message()).contains("21 个合计单元格空白", "“总计”列：“（一）予以公开”应为 "
                    + value(base, "T3:R3.1:total").toPlainString()).doesNotContain("多", "少");
        });
        // and correct fills them, each with its row's sum
        List<Correction> fills = ROOT.corrector().corrections(r);
        assertThat(fills).hasSize(21);
        for (Correction c : fills) {
            assertThat(new BigDecimal(c.after())).as(c.cellId()).isEqualByComparingTo(value(base, c.cellId()));
        }
    }

    @Test
    void blankTotalsOfJinhuAreEachStatedWithTheNumberToFill() {
        Report jinhu = TestReports.fromExpected("jinhu2023");
        Report r = jinhu;
        for (String row : OUTCOME_ROWS) {
            r = with(r, "T3:" + row + ":total", null);
        }
        Finding f = V.validate(r).ofRule("A3").get(0);
        assertThat(f.cells()).hasSize(21);
        // every blank total with its exact number, not the first five and "等 21 项"
        assertThat(f.message()).startsWith("表三有 21 个合计单元格空白，而其分项已填写。请按分项之和填写“总计”列：“（一）予以公开”应为 "
                + value(jinhu, "T3:R3.1:total").toPlainString() + "；").doesNotContain("等 21 项");
        for (String row : OUTCOME_ROWS) {
            String id = "T3:" + row + ":total";
            String label = Forms.current2021().cell(id).orElseThrow().row().label();
            assertThat(f.message()).containsPattern(java.util.regex.Pattern.quote("“" + label + "”应为 "
                    + value(jinhu, id).toPlainString()) + "[；。]");
        }
        // the command as a clerk types it, never the bare English word
        assertThat(f.message()).contains("dr correct 报告文件 -o 更正后的文件", "“下载更正后的报告”")
                .doesNotContain("“correct”");
    }

    @Test
    void aBlankTotalWithFilledPartsIsAWarningWithTheNumber() {
        Report base = TestReports.current();
        Finding f = V.validate(with(base, "T4:review:total", null)).ofRule("A4").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.expected()).isEqualByComparingTo(value(base, "T4:review:total"));
        assertThat(f.message()).contains("空白", "请填写合计 " + value(base, "T4:review:total").toPlainString());
        // a printed total that differs stays an error
        Report printed = with(base, "T4:review:total", value(base, "T4:review:total").longValue() + 805);
        assertThat(V.validate(printed).ofRule("A4")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void theBlankOutcomeTotalStandsForItsPartsInTheBalance() {
        Report r = with(TestReports.current(), "T3:R3.7:natural", null);
        ValidationResult result = V.validate(r);
        assertThat(result.ofRule("A1")).isEmpty();
        assertThat(result.ofRule("A2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells().get(0)).isEqualTo("T3:R3.7:natural");
        });
    }

    private static Report seedWithText(Report seed, String text) {
        return withSectionText(seed, "一", text);
    }

    @Test
    void aWebsiteSentenceIsTheWebsiteChannelNotTheTotal() {
        Report seed = TestReports.legacy();
        String sentence = "今年，我会在政府信息公开网站主动公开发布各类信息103条。";
        seed = with(with(with(seed, "L:1.2.2", 103), "L:1.2.5", 29), "L:1.1", 120);
        // L:1.1 filled as A-CHANNEL asks (between 103 and 132 and more): no N1
        assertThat(V.validate(seedWithText(seed, sentence)).ofRule("N1")).isEmpty();
        // the website channel itself differs: N1 on L:1.2.2
        assertThat(V.validate(seedWithText(with(seed, "L:1.2.2", 100), sentence)).ofRule("N1")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cells()).containsExactly("L:1.2.2");
                    assertThat(f.expected()).isEqualByComparingTo("100");
                    assertThat(f.actual()).isEqualByComparingTo("103");
                });
    }

    @Test
    void theSeedsOwnSentenceRaisesNoN1OnceItsTotalIsFilled() throws Exception {
        // the real seed: A-CHANNEL asks for L:1.1 between 103 and 132; filling it must not raise N1 on its
        // sentence about the website
        Report seed = ROOT.reader().read(java.nio.file.Path.of("src/test/resources/corpus/seed-2017-huancui-cdpf.docx"));
        assertThat(seed.sections()).anyMatch(s -> s.text().contains("我会在政府信息公开网站主动公开发布各类信息103条"));
        ValidationResult filled = V.validate(with(seed, "L:1.1", 120));
        assertThat(filled.ofRule("N1")).isEmpty();
        assertThat(filled.ofRule("A-CHANNEL")).isEmpty();
    }

    @Test
    void aFigureOfAnotherOrganIsAWarning() {
        Report base = with(TestReports.current(), "T3:R1:total", 95);
        List<Finding> n1 = V.validate(withSectionText(base, "一", "区政府办公室代表区政府受理政府信息公开申请17件。"))
                .ofRule("N1");
        assertThat(n1).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T3:R1:total");
            assertThat(f.expected()).isEqualByComparingTo("95");
            assertThat(f.actual()).isEqualByComparingTo("17");
        });
    }

    /**
     * A 2021 report whose 三 prints （六）其他处理 as one row (the trial layout): its cells keep the trial ids
     * T3:R3.6:*, and the reader notes the trial row and the three 2021 sub-rows it lacks.
     */
    static Report otherProcessingAsOneRow() {
        Report base = TestReports.current();
        FormTable t3 = Forms.current2021().table("T3").orElseThrow();
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<String> trialIds = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        SourceLocation at = base.cell("T3:R3.6.1:natural").orElseThrow().location();
        for (Cell c : base.cells().values()) {
            String[] p = c.id().split(":");
            if (p[1].startsWith("R3.6.")) {
                missing.add(c.id());
                if (p[1].equals("R3.6.1")) {
                    String id = "T3:R3.6:" + p[2];
                    BigDecimal sum = value(base, "T3:R3.6.1:" + p[2]).add(value(base, "T3:R3.6.2:" + p[2]))
                            .add(value(base, "T3:R3.6.3:" + p[2]));
                    cells.put(id, Cell.number(id, sum, c.location()));
                    trialIds.add(id);
                }
                continue;
            }
            cells.put(c.id(), c);
        }
        List<ReadNote> notes = new ArrayList<>();
        notes.add(new ReadNote(ReadNote.Code.TRIAL_ROW_IN_CURRENT, "第三部分“收到和处理政府信息公开申请情况”的表格中"
                + "“（六）其他处理”按2019年试行格式印为一行，2021年格式要求分项填报；该行数据按试行格式保留，未拆分",
                trialIds, at));
        for (String row : List.of("R3.6.1", "R3.6.2", "R3.6.3")) {
            notes.add(new ReadNote(ReadNote.Code.ROW_MISSING, "第三部分“收到和处理政府信息公开申请情况”的表格缺少“"
                    + t3.rows().stream().filter(x -> x.code().equals(row)).findFirst().orElseThrow().label()
                    + "”一行（漏项）", missing.stream().filter(id -> id.startsWith("T3:" + row + ":")).toList(), at));
        }
        return TestReports.withNotes(base.withCells(cells), notes);
    }

    @Test
    void anOldLayoutRowIsOneFinding() {
        ValidationResult result = V.validate(otherProcessingAsOneRow());
        assertThat(result.ofRule("S3")).isEmpty();
        assertThat(result.ofRule("S2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("（六）其他处理");
        });
        assertThat(result.withSeverity(Severity.ERROR)).extracting(Finding::rule).containsExactly("S2");
    }

    @Test
    void a2ChecksTheOtherProcessingRowPrintedAsOne() {
        Report r = otherProcessingAsOneRow();
        Report broken = with(r, "T3:R3.6:natural", value(r, "T3:R3.6:natural").longValue() + 4);
        assertThat(V.validate(broken).ofRule("A2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells().get(0)).isEqualTo("T3:R3.7:natural");
            assertThat(f.cells()).contains("T3:R3.6:natural");
            assertThat(f.expected().subtract(f.actual())).isEqualByComparingTo("4");
        });
    }

    private static List<Finding> n1(Report r, String text) {
        return V.validate(withSectionText(r, "一", text)).ofRule("N1");
    }

    @Test
    void carriedForwardWithTheNumberBeforeTheVerb() {
        Report base = with(with(TestReports.current(), "T3:R4:total", 14), "T3:R4:natural", 2);
        assertThat(n1(base, "另有130件顺延到下年度办理。")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).containsExactly("T3:R4:total");
            assertThat(f.expected()).isEqualByComparingTo("14");
            assertThat(f.actual()).isEqualByComparingTo("130");
        });
        assertThat(n1(base, "另有14件顺延到下年度办理。")).isEmpty();
    }

    @Test
    void otherProcessingFigure() {
        Report base = TestReports.current();
        BigDecimal other = value(base, "T3:R3.6.1:total").add(value(base, "T3:R3.6.2:total"))
                .add(value(base, "T3:R3.6.3:total"));
        assertThat(n1(base, "其他处理" + other.toPlainString() + "件。")).isEmpty();
        assertThat(n1(base, "其他处理" + other.add(BigDecimal.TEN).toPlainString() + "件。")).singleElement()
                .satisfies(f -> {
                    assertThat(f.cells()).containsExactly("T3:R3.6.1:total", "T3:R3.6.2:total", "T3:R3.6.3:total");
                    assertThat(f.expected()).isEqualByComparingTo(other);
                });
    }

    @Test
    void reviewAndLitigationOutcomeFigures() {
        Report base = TestReports.current();
        Report r = with(with(base, "T4:review:upheld", 72), "T4:review:pending", 37);
        r = with(r, "T4:review:total", 72 + 37 + value(r, "T4:review:corrected").longValue()
                + value(r, "T4:review:other").longValue());
        String corrected = value(r, "T4:review:corrected").toPlainString();
        assertThat(n1(r, "发生政府信息公开行政复议案件，结果维持72件，结果纠正" + corrected + "件，尚未审结37件。")).isEmpty();
        assertThat(n1(r, "发生政府信息公开行政复议案件，结果维持70件，结果纠正" + corrected + "件，尚未审结37件。"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cells()).containsExactly("T4:review:upheld");
                    assertThat(f.expected()).isEqualByComparingTo("72");
                    assertThat(f.actual()).isEqualByComparingTo("70");
                });
        BigDecimal litigationPending = value(r, "T4:direct:pending").add(value(r, "T4:after_review:pending"));
        assertThat(n1(r, "行政诉讼尚未审结" + litigationPending.add(BigDecimal.ONE).toPlainString() + "件。"))
                .singleElement().satisfies(f -> assertThat(f.cells())
                        .containsExactly("T4:direct:pending", "T4:after_review:pending"));
    }

    @Test
    void aFigureIsComparedWithTheSumOfPartsWhenTheTotalIsBlank() {
        Report r = with(with(TestReports.current(), "T3:R3.1:total", null), "T3:R3.2:total", null);
        BigDecimal rows = value(TestReports.current(), "T3:R3.1:total")
                .add(value(TestReports.current(), "T3:R3.2:total"));
        assertThat(n1(r, "予以公开及部分公开" + rows.toPlainString() + "件。")).isEmpty();
        assertThat(n1(r, "予以公开及部分公开" + rows.subtract(BigDecimal.valueOf(17)).toPlainString() + "件。"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.expected()).isEqualByComparingTo(rows);
                });
    }

    @Test
    void allUpheldWhileOtherResultsAndAllAnsweredWhileCarriedForward() {
        Report base = TestReports.current();
        Report other = with(with(with(with(base, "T4:review:corrected", 0), "T4:review:pending", 0),
                "T4:review:other", 2), "T4:review:total", value(base, "T4:review:upheld").longValue() + 2);
        assertThat(V.validate(withSectionText(other, "四", "行政复议案件均获维持。")).ofRule("N2")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("T4:review:other"));
        assertThat(V.validate(withSectionText(base, "一", "收到的申请已全部办结。")).ofRule("N2")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cells()).contains("T3:R4:total").allMatch(id -> id.startsWith("T3:R4:"));
                });
        Report none = base;
        for (String id : base.cells().keySet()) {
            if (id.startsWith("T3:R4:")) {
                none = with(none, id, 0);
            }
        }
        assertThat(V.validate(withSectionText(none, "一", "收到的申请已全部办结。")).ofRule("N2")).isEmpty();
    }
}
