package io.github.disclosurereport.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** units.tsv is the one list of unit words: what is money, how it converts, what a clerk writes in a cell. */
class UnitsTest {

    @Test
    void moneyUnitsConvertByHowManyYuanTheyAre() {
        assertThat(Units.isMoney("元")).isTrue();
        assertThat(Units.isMoney("万元")).isTrue();
        assertThat(Units.isMoney("件")).isFalse();
        assertThat(Units.isMoney("户")).isFalse();
        assertThat(Units.convert(new BigDecimal("251000"), "元", "万元")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("25.1"));
        assertThat(Units.convert(new BigDecimal("2.5"), "万元", "元")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("25000"));
        assertThat(Units.convert(new BigDecimal("3"), "件", "万元")).isEmpty();
    }

    @Test
    void theWordsWrittenAfterANumberAreMoneyAndCountsLongestFirst() {
        assertThat(Units.written()).contains("元", "万元", "件", "条", "人次", "批次").doesNotContain("天", "%");
        assertThat(Units.written().indexOf("人次")).isLessThan(Units.written().indexOf("人"));
        assertThat(Units.written().indexOf("万元")).isLessThan(Units.written().indexOf("元"));
        assertThat("25.1万元".matches("\\d+(?:\\.\\d+)?" + Units.writtenGroup())).isTrue();
        assertThat(Units.isPrinted("天")).isTrue();
        assertThat(Units.isPrinted("户")).isFalse();
    }
}
