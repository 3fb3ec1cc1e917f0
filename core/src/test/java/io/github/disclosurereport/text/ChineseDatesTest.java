package io.github.disclosurereport.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2018年3月18日, 2018-03-18",
            "2018年03月18日, 2018-03-18",
            "2018 年 3 月 18 日, 2018-03-18",
            "２０１８年３月１８日, 2018-03-18",
            "2018-03-18, 2018-03-18",
            "2018.3.18, 2018-03-18",
            "2018/3/8, 2018-03-08",
            "二○一二年二月二十日, 2012-02-20",
            "二〇一二年二月二十日, 2012-02-20",
            "二O一二年二月二十日, 2012-02-20",
            "二Ｏ一二年二月二十日, 2012-02-20",
            "二零一八年十二月三十一日, 2018-12-31",
            "二〇一八年三月十日, 2018-03-10",
            "二〇一八年十月十一日, 2018-10-11",
            "二〇一八年一月九日, 2018-01-09",
    })
    void parsesPrintedDates(String printed, String iso) {
        assertThat(ChineseDates.parse(printed)).contains(LocalDate.parse(iso));
        assertThat(ChineseDates.whole("  " + printed + "\n")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018年2月30日", "2018年13月1日", "二〇一八年二月三十日", "二〇一八年十三月一日", "2017年度",
            "统计数", "12.3.4"})
    void rejectsWhatIsNoDate(String text) {
        assertThat(ChineseDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十一,11", "二十,20", "二十三,23", "三十一,31", "十十,-1", "一二,-1"})
    void chineseNumbers(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @Test
    void aDateInsideALineIsFoundWithItsPrintedText() {
        ChineseDates.Found f = ChineseDates.find("威海市环翠区残疾人联合会　二〇一八年三月十八日").orElseThrow();
        assertThat(f.date()).isEqualTo(LocalDate.of(2018, 3, 18));
        assertThat(f.text()).isEqualTo("二〇一八年三月十八日");
        assertThat(ChineseDates.whole("威海市环翠区残疾人联合会 2018年3月18日")).isEmpty();
    }

    @Property
    void everyDatePrintedInChineseNumeralsReadsBack(@ForAll("dates") LocalDate d) {
        String printed = chineseYear(d.getYear()) + "年" + chinese(d.getMonthValue()) + "月"
                + chinese(d.getDayOfMonth()) + "日";
        assertThat(ChineseDates.parse(printed)).contains(d);
        assertThat(ChineseDates.parse(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"))
                .contains(d);
        assertThat(ChineseDates.parse(d.toString())).contains(d);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static String chineseYear(int y) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(y).toCharArray()) {
            sb.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
    }

    @Property(tries = 1000)
    void stripDropsWhatTheOuterSpaceExpressionDropped(@ForAll("spaced") String text) {
        String byExpression = text.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
        assertThat(ChineseDates.strip(text)).isEqualTo(byExpression);
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings().withChars(" \t\n\r\f\u000b\u3000\u00a0\u200b年月日2023一".toCharArray()).ofMaxLength(12);
    }
}
