package io.github.disclosurereport.text;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One definition of a title for a document's first lines and a page's heading, on the corpus's titles. */
class ReportTitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "jinhu2023.html", "pingtan2023.page.html", "pingtan-county2012.docx",
            "seed-2017-huancui-cdpf.docx"})
    void everyCorpusTitleIsAYearsReportOfItsYear(String file) throws Exception {
        Report r = DisclosureReports.defaults().reader().read(Path.of("src/test/resources/corpus", file));
        String title = r.metadata().title();
        assertThat(ReportTitles.isTitle(title)).as(title).isTrue();
        assertThat(ReportTitles.isYearsReport(title)).as(title).isTrue();
        assertThat(ReportTitles.year(title)).contains(r.metadata().year());
    }

    @Test
    void aSentenceOrALinkIsNoTitle() {
        assertThat(ReportTitles.isTitle("本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。"))
                .isFalse();
        assertThat(ReportTitles.isTitle("政府工作报告")).isTrue();
        assertThat(ReportTitles.isYearsReport("政府工作报告")).isFalse(); // a page's link, not the report
        assertThat(ReportTitles.year("金湖县人民政府2023 年政府信息公开工作年度报告")).contains(2023);
        assertThat(ReportTitles.yearStart("金湖县人民政府2023年政府信息公开工作年度报告")).isEqualTo(7);
        assertThat(ReportTitles.isTitle("很".repeat(79) + "报告")).isFalse();
    }
}
