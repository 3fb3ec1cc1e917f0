package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withSectionText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the rules, with the expected values written here and not computed by production code: removing the
 * A-CHANNEL lower bound, widening N3's tolerance tenfold, moving a D1 deadline by a day or letting A4 pass an
 * off-by-one each fails one of these.
 */
class BoundariesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    /** The seed's channels: website 103, other ways 29, the rest 0 — so the total lies in 103..132. */
    private static Report channels(long total) {
        Report r = TestReports.legacy();
        r = with(r, "L:1.2.1", 0);
        r = with(r, "L:1.2.2", 103);
        r = with(r, "L:1.2.3", 0);
        r = with(r, "L:1.2.4", 0);
        r = with(r, "L:1.2.5", 29);
        return with(r, "L:1.1", total);
    }

    @Test
    void aChannelTotalBelowItsLargestChannel() {
        assertThat(V.validate(channels(102)).ofRule("A-CHANNEL")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualByComparingTo("103");
            assertThat(f.actual()).isEqualByComparingTo("102");
            assertThat(f.message()).contains("103 至 132");
        });
        assertThat(V.validate(channels(103)).ofRule("A-CHANNEL")).isEmpty();
        assertThat(V.validate(channels(132)).ofRule("A-CHANNEL")).isEmpty();
        assertThat(V.validate(channels(133)).ofRule("A-CHANNEL")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualByComparingTo("132");
            assertThat(f.actual()).isEqualByComparingTo("133");
        });
    }

    private static List<Finding> n3(String text) {
        return V.validate(withSectionText(TestReports.current(), "五", text)).ofRule("N3");
    }

    @Test
    void n3APercentageOffByOneInItsLastPrintedDigit() {
        // 42 / 81 = 51.851…%: 51.85 is right, 51.84 and 51.86 are one off in the last digit
        assertThat(n3("办结依申请公开81件，其中予以公开及部分公开42件，占51.85%。")).isEmpty();
        assertThat(n3("办结依申请公开81件，其中予以公开及部分公开42件，占51.86%。")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualByComparingTo("51.85");
            assertThat(f.actual()).isEqualByComparingTo("51.86");
        });
        assertThat(n3("办结依申请公开81件，其中予以公开及部分公开42件，占51.84%。")).hasSize(1);
        // one decimal: 16 / 734 = 2.18%: 2.2 right, 2.1 and 2.3 one off
        assertThat(n3("共734条，其中16条，占2.2%。")).isEmpty();
        assertThat(n3("共734条，其中16条，占2.3%。")).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualByComparingTo("2.2"));
        assertThat(n3("共734条，其中16条，占2.1%。")).hasSize(1);
        // whole percent: 20 / 80 = 25%
        assertThat(n3("在80件申请中，予以公开的有20件，占25%。")).isEmpty();
        assertThat(n3("在80件申请中，予以公开的有20件，占26%。")).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualByComparingTo("25"));
    }

    private static List<Finding> d1(Report r, String org, LocalDate published) {
        Metadata m = r.metadata();
        return V.validate(TestReports.withMetadata(r, new Metadata(org + m.year() + "年政府信息公开工作年度报告", org, "",
                m.year(), published, ""))).ofRule("D1");
    }

    @Test
    void d1DeadlineDayItself() {
        Report r2023 = TestReports.current();
        // a department: by 31 January
        assertThat(d1(r2023, "武汉市生态环境局", LocalDate.of(2024, 1, 31))).isEmpty();
        assertThat(d1(r2023, "武汉市生态环境局", LocalDate.of(2024, 2, 1))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("2024-01-31");
        });
        // a department whose name holds 乡 or 镇 is still a department, not a township
        assertThat(d1(r2023, "金湖县住房和城乡建设局", LocalDate.of(2024, 2, 15))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(d1(r2023, "金湖县乡村振兴局", LocalDate.of(2024, 2, 1))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2024-01-31"));
        // a township's deadline is local: after 31 March a WARNING, before it nothing
        assertThat(d1(r2023, "金湖县银涂镇人民政府", LocalDate.of(2024, 2, 15))).isEmpty();
        assertThat(d1(r2023, "金湖县银涂镇人民政府", LocalDate.of(2024, 4, 1))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // a government's own report: by 31 March
        assertThat(d1(r2023, "金湖县人民政府", LocalDate.of(2024, 3, 31))).isEmpty();
        assertThat(d1(r2023, "金湖县人民政府", LocalDate.of(2024, 4, 1))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2024-03-31"));
        // legacy reports: by 31 March
        Report legacy = TestReports.legacy();
        assertThat(d1(legacy, "威海市环翠区残疾人联合会", LocalDate.of(2018, 3, 31))).isEmpty();
        assertThat(d1(legacy, "威海市环翠区残疾人联合会", LocalDate.of(2018, 4, 1))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2018-03-31"));
    }

    /** 表四 行政复议: 维持 3, 纠正 1, 其他 0, 尚未审结 2 — a total of 6. */
    private static Report review(long total) {
        Report r = TestReports.current();
        r = with(r, "T4:review:upheld", 3);
        r = with(r, "T4:review:corrected", 1);
        r = with(r, "T4:review:other", 0);
        r = with(r, "T4:review:pending", 2);
        return with(r, "T4:review:total", total);
    }

    @Test
    void a4OffByExactlyOne() {
        assertThat(V.validate(review(6)).ofRule("A4")).isEmpty();
        for (long total : new long[]{5, 7}) {
            assertThat(V.validate(review(total)).ofRule("A4")).as("total " + total).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.cells()).containsExactly("T4:review:total", "T4:review:upheld", "T4:review:corrected",
                        "T4:review:other", "T4:review:pending");
                assertThat(f.expected()).isEqualByComparingTo("6");
                assertThat(f.actual()).isEqualByComparingTo(Long.toString(total));
                assertThat(f.message()).contains(total == 7 ? "多 1" : "少 1");
            });
        }
    }
}
