package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static io.github.disclosurereport.validate.rules.TestReports.value;
import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withSectionText;
import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk reads: the document's own words, one request, the cells after the sentence. */
class MessagesTest {

    private static final Validator V = DisclosureReports.defaults().validator();
    private static final Pattern CELL_ID = Pattern.compile("(T[234]|L):[A-Za-z0-9_.]+");

    private static int count(String s, String word) {
        return s.split(Pattern.quote(word), -1).length - 1;
    }

    /** Reports with one defect of many kinds, so that most rules speak. */
    private static List<Finding> manyFindings() {
        Report base = TestReports.current();
        List<Report> broken = new ArrayList<>();
        broken.add(with(base, "T3:R3.3.1:research", value(base, "T3:R3.3.1:research").longValue() + 1));
        broken.add(with(base, "T3:R4:natural", value(base, "T3:R4:natural").longValue() + 3));
        broken.add(with(base, "T4:direct:total", 0));
        broken.add(with(base, "T3:R3.1:total", null));
        broken.add(withSectionText(base, "一", "全县共收到政府信息公开申请999件，不予公开99件，其他处理77件。"));
        broken.add(withSectionText(base, "四", "行政复议案件均获维持，本年度未收到政府信息公开申请。"));
        broken.add(withSectionText(base, "五", "无。"));
        broken.add(TestReports.withNotes(base, List.of(
                new ReadNote(ReadNote.Code.ROW_MISSING, "第三部分“收到和处理政府信息公开申请情况”的表格缺少“1.重复申请”一行（漏项）",
                        List.of("T3:R3.5.2:natural"), SourceLocation.tableCell(2, 3, 1)),
                new ReadNote(ReadNote.Code.TABLE_MISSING, "未找到第四部分的表格。", List.of("T4:review:total"),
                        SourceLocation.DOCUMENT))));
        Report legacy = TestReports.legacy();
        broken.add(with(legacy, "L:1.1", 99));
        broken.add(with(legacy, "L:3.1", value(legacy, "L:3.1").longValue() + 1));
        List<Finding> all = new ArrayList<>();
        broken.forEach(r -> all.addAll(V.validate(r).findings()));
        return all;
    }

    @Test
    void everyMessageIsOneCleanRequestWithTheCellsAfterIt() {
        List<Finding> all = manyFindings();
        assertThat(all).extracting(Finding::rule).contains("A1", "A2", "A3", "A4", "N1", "N2", "S3", "S4", "S10",
                "A-CHANNEL", "A-PART");
        for (Finding f : all) {
            String m = f.message();
            assertThat(m).as(m).doesNotContain("。。").doesNotContain("，。");
            assertThat(count(m, "请核对")).as(m).isLessThanOrEqualTo(1);
            assertThat(count(m, "漏项")).as(m).isLessThanOrEqualTo(1);
            int suffix = m.indexOf("〔单元格：");
            String sentence = suffix < 0 ? m : m.substring(0, suffix);
            assertThat(CELL_ID.matcher(sentence).find()).as("cell id inside the sentence: " + m).isFalse();
            if (!f.cells().isEmpty()) {
                assertThat(m).as(m).contains("〔单元格：" + f.cells().get(0));
                assertThat(m.substring(suffix)).as("long lists are summarised").hasSizeLessThan(110);
            }
            if (f.rule().matches("A.*|S3|S4|S9")) {
                assertThat(f.location().kind()).as("a table finding points at the table: " + f.describe())
                        .isNotEqualTo(SourceLocation.Kind.DOCUMENT);
            }
        }
    }

    @Test
    void aLongListOfCellsIsSummarised() {
        Report base = TestReports.current();
        Finding f = V.validate(withSectionText(base, "一", "不予公开999件。")).ofRule("N1").get(0);
        assertThat(f.cells()).hasSize(8);
        assertThat(f.message()).endsWith("〔单元格：T3:R3.3.1:total、T3:R3.3.2:total、T3:R3.3.3:total 等 8 个〕")
                .contains("等 8 项");
    }

    @Test
    void theDocumentsOwnWordsAreQuotedWithTheirFullWidthCharacters() {
        Report base = TestReports.current();
        String printed = "本年度（2023年度）共收到政府信息公开申请９９９件";
        Finding f = V.validate(withSectionText(base, "一", printed + "。")).ofRule("N1").get(0);
        assertThat(f.message()).startsWith("正文“" + printed + "”");
        Finding period = V.validate(TestReports.withPreamble(base, "统计期限为２０２３年１月１日至２０２３年１１月３０日。"))
                .ofRule("S6").get(0);
        assertThat(period.message()).contains("“２０２３年１月１日至２０２３年１１月３０日”");
        Finding notice = V.validate(TestReports.withPreamble(base, "依据国办发函［2021］30号编制。")).ofRule("S5").get(0);
        assertThat(notice.message()).contains("“国办发函［2021］30号”");
    }

    @Test
    void aMissingTablePointsAtItsSection() {
        Report base = TestReports.current();
        Report r = TestReports.withNotes(base, List.of(new ReadNote(ReadNote.Code.TABLE_MISSING,
                "未找到第四部分“政府信息公开行政复议、行政诉讼情况”的表格（可能以图片形式插入或被省略），该表数据无法读取",
                List.of("T4:review:upheld"), SourceLocation.DOCUMENT)));
        assertThat(V.validate(r).ofRule("S4")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(base.sections().get(3).location());
        });
    }
}
