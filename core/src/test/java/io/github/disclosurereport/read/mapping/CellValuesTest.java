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
}
