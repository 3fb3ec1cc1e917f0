package io.github.disclosurereport.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "一十,10", "十一,11", "二十,20", "二十三,23", "三十一,31", "十十,-1", "一二,-1",
            "十〇,-1", "x,-1", "'',-1"})
    void parsesWhatReportsPrint(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "11,十一", "20,二十", "23,二十三", "99,九十九"})
    void formatsAsReportsPrint(int value, String numeral) {
        assertThat(ChineseNumerals.format(value)).isEqualTo(numeral);
    }

    @Property
    void formatAndParseAreInverse(@ForAll @IntRange(min = 1, max = 99) int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
}
