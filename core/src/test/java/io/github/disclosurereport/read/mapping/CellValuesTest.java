package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

    private static io.github.disclosurereport.model.Cell p(String raw) {
        return CellValues.parse("T3:R1:total", raw, SourceLocation.DOCUMENT);
    }

    @Test
    void blankZeroAndNotApplicableStayDistinct() {
        assertThat(p("").state()).isEqualTo(CellState.EMPTY);
        assertThat(p("\u3000 ").state()).isEqualTo(CellState.EMPTY);
        assertThat(p("0").state()).isEqualTo(CellState.NUMBER);
        assertThat(p("0").value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(p("—").state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(p("-").state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(p("/").state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(p("无").state()).isEqualTo(CellState.NOT_APPLICABLE);
    }

    @Test
    void numbersAreNormalisedAndTheRawTextKept() {
        assertThat(p("１２３").value()).isEqualByComparingTo("123");
        assertThat(p("１２３").raw()).isEqualTo("１２３");
        assertThat(p("54,408").value()).isEqualByComparingTo("54408");
        assertThat(p(" 14722.49 ").value()).isEqualByComparingTo("14722.49");
        assertThat(p("-8").value()).isEqualByComparingTo("-8");
    }

    @Test
    void otherTextIsKeptForTheValidator() {
        assertThat(p("减4").state()).isEqualTo(CellState.TEXT);
        assertThat(p("251000元").state()).isEqualTo(CellState.TEXT);
        assertThat(p("? 0").raw()).isEqualTo("? 0");
    }

    private static Cell in(io.github.disclosurereport.form.FormDefinition form, String id, String raw) {
        return CellValues.parse(form.cell(id).orElseThrow(), raw, SourceLocation.DOCUMENT);
    }

    @Test
    void anAmountWrittenWithItsUnitIsItsValueInTheCellsUnit() {
        var trial = io.github.disclosurereport.form.Forms.trial2019();
        var current = io.github.disclosurereport.form.Forms.current2021();
        // the trial 采购总金额 prints no unit: the amount as written (Shanghai 2019 wrote 251000元)
        Cell shanghai = in(trial, "T2:procurement:amount", "251000元");
        assertThat(shanghai.state()).isEqualTo(CellState.NUMBER);
        assertThat(shanghai.value()).isEqualByComparingTo("251000");
        assertThat(shanghai.raw()).isEqualTo("251000元");
        assertThat(in(trial, "T2:procurement:amount", "75394432.52元").value()).isEqualByComparingTo("75394432.52");
        assertThat(in(trial, "T2:procurement:amount", "25.1万元").value()).isEqualByComparingTo("25.1");
        // 本年收费金额 is in 万元: 元 are converted
        assertThat(in(current, "T2:fees:amount", "251000元").value()).isEqualByComparingTo("25.1");
        assertThat(in(current, "T2:fees:amount", "25.1万元").value()).isEqualByComparingTo("25.1");
        assertThat(in(current, "T2:fees:amount", "14,722.49 万元").value()).isEqualByComparingTo("14722.49");
        // a count in its own unit; another unit, a sign word or a decimal count is left to the validator
        assertThat(in(current, "T3:R1:natural", "12件").value()).isEqualByComparingTo("12");
        assertThat(in(current, "T3:R1:natural", "12条").state()).isEqualTo(CellState.TEXT);
        assertThat(in(current, "T3:R1:natural", "251000元").state()).isEqualTo(CellState.TEXT);
        assertThat(in(trial, "T2:licensing:change", "减4").state()).isEqualTo(CellState.TEXT);
        assertThat(in(current, "T3:R1:natural", "约10").state()).isEqualTo(CellState.TEXT);
    }

    @Test
    void aCellsUnitIsItsFormsAndEveryFormCountsYuanAsMoney() throws Exception {
        // a province's 2021 table that states its fees in 元 (units.tsv: money, 1 元), the legacy form in 万元
        var yuan = io.github.disclosurereport.form.FormDefinition.load("fees-in-yuan",
                io.github.disclosurereport.form.ReportFormat.CURRENT_2021, new java.io.StringReader(
                        "table\tkind\tcode\tparent\tcheck\tunit\tlabel\n"
                        + "T2\tblock\tA20_8\t\t-\t\t第二十条第（八）项\n"
                        + "T2\tcolumn\tamount\tA20_8\t-\t元\t本年收费金额（单位：元）\n"
                        + "T2\trow\tfees\tA20_8\t-\t\t行政事业性收费\n"));
        assertThat(yuan.cell("T2:fees:amount").orElseThrow().kind())
                .isEqualTo(io.github.disclosurereport.form.ValueKind.MONEY);
        assertThat(in(yuan, "T2:fees:amount", "2.5万元").value()).isEqualByComparingTo("25000");
        assertThat(in(yuan, "T2:fees:amount", "120.50").value()).isEqualByComparingTo("120.50");
        var legacy = io.github.disclosurereport.form.Forms.legacyStatistics();
        assertThat(in(legacy, "L:12", "3000元").value()).isEqualByComparingTo("0.3");
    }
}
