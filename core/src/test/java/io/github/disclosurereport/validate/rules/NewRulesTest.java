package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withSectionText;
import static org.assertj.core.api.Assertions.assertThat;

/** S10, S11, D3 and D4: what inspections and evaluations mark down, and a wrong --previous. */
class NewRulesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    @Test
    void s10SectionFiveEmptyOnlyNoneOrAFewWords() {
        Report base = TestReports.current();
        assertThat(V.validate(base).ofRule("S10")).isEmpty();
        for (String text : List.of("无。", "本年度无", "", "有待加强。")) {
            assertThat(V.validate(withSectionText(base, "五", text)).ofRule("S10")).as(text).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.location()).isEqualTo(base.sections().get(4).location());
                        assertThat(f.message()).contains("五、存在的主要问题及改进情况");
                    });
        }
        assertThat(V.validate(withSectionText(base, "五", "无。")).ofRule("S10").get(0).message())
                .contains("只写了“无。”");
        // a legacy report without the part at all
        Report legacy = TestReports.legacy();
        List<Section> noProblems = legacy.sections().subList(0, 2);
        assertThat(V.validate(TestReports.withSections(legacy, noProblems)).ofRule("S10")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("存在的主要问题及改进措施"));
    }

    private static Report numbered(Report base, String... numbers) {
        List<Section> secs = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            Section s = base.sections().get(Math.min(i, base.sections().size() - 1));
            secs.add(new Section(numbers[i], i < base.sections().size() ? s.heading() : "其他情况" + i, s.paragraphs(),
                    SourceLocation.paragraph(100 + i)));
        }
        return TestReports.withSections(base, secs);
    }

    @Test
    void s11NumberingSkipsRepeatsAndRestarts() {
        Report base = TestReports.current();
        assertThat(V.validate(base).ofRule("S11")).isEmpty();
        // skip: 一 二 四 五 六 七
        assertThat(V.validate(numbered(base, "一", "二", "四", "五", "六", "七")).ofRule("S11")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo(SourceLocation.paragraph(102));
                    assertThat(f.message()).contains("跳过了“三”", "应编为“三”");
                });
        // repeat: 一 二 二 三 四 五
        assertThat(V.validate(numbered(base, "一", "二", "二", "三", "四", "五")).ofRule("S11")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo(SourceLocation.paragraph(102));
                    assertThat(f.message()).contains("编号重复");
                });
        // restart: the fourth top-level part numbered 一 again
        assertThat(V.validate(numbered(base, "一", "二", "三", "一", "二", "三")).ofRule("S11")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo(SourceLocation.paragraph(103));
                    assertThat(f.message()).contains("重新从“一”开始编号", "应编为“四”");
                });
        // a sub-item numbered 一、 inside a section is body text, not a restart
        List<Section> withSub = new ArrayList<>(base.sections());
        withSub.add(2, new Section("一", "深化重点领域信息公开", List.of(), SourceLocation.paragraph(90)));
        withSub.add(3, new Section("二", "加强平台建设", List.of(), SourceLocation.paragraph(91)));
        assertThat(V.validate(TestReports.withSections(base, withSub)).ofRule("S11")).isEmpty();
    }

    private static Report lastYear(Report r, int year, String org) {
        Metadata m = r.metadata();
        return TestReports.withMetadata(r, new Metadata(org + year + "年政府信息公开工作年度报告", org, "", year,
                LocalDate.of(year + 1, 1, 20), ""));
    }

    @Test
    void d4APreviousReportOfAnotherYearOrOrganIsRefused() {
        Report now = TestReports.current();
        Report wrongCarry = with(TestReports.current(), "T3:R4:natural", 5);
        // the right one: A5 compares
        assertThat(V.withPrevious(lastYear(wrongCarry, 2022, "武汉市生态环境局")).validate(now).ofRule("A5")).hasSize(1);
        // another year: refused, no A5/A6
        ValidationResult year = V.withPrevious(lastYear(wrongCarry, 2021, "武汉市生态环境局")).validate(now);
        assertThat(year.ofRule("A5")).isEmpty();
        assertThat(year.ofRule("A6")).isEmpty();
        assertThat(year.ofRule("D4")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("2021年度", "2023年度", "应提供2022年度").doesNotContain("\n");
        });
        // the same year (the report itself): refused
        assertThat(V.withPrevious(now).validate(now).ofRule("D4")).hasSize(1);
        // another organ
        ValidationResult organ = V.withPrevious(lastYear(wrongCarry, 2022, "武汉市交通运输局")).validate(now);
        assertThat(organ.ofRule("A5")).isEmpty();
        assertThat(organ.ofRule("D4")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("武汉市交通运输局", "不是同一单位"));
    }

    @Test
    void d3NarrativeCopiedFromLastYear() {
        String[] texts = {"本年度我局认真贯彻落实政府信息公开条例，不断完善工作机制。",
                "我局通过门户网站及时发布各类政府信息，保障公众知情权。",
                "依申请公开工作按照法定程序和时限办理，答复规范。",
                "下一步我局将进一步加强培训，提高信息公开工作质量。"};
        Report now = withParagraphs(TestReports.current(), texts);
        Report last = lastYear(withParagraphs(TestReports.current(), texts), 2022, "武汉市生态环境局");
        assertThat(V.withPrevious(last).validate(now).ofRule("D3")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            // the fixture's preamble is copied too; past six paragraphs the rest are counted
            assertThat(f.message()).contains("一字不差", "在第1段、第50段、第51段、第52段、第53段等 7 处，如第1段“本报告依据");
            assertThat(f.location()).isEqualTo(SourceLocation.paragraph(1));
        });
        String[] rewritten = texts.clone();
        rewritten[0] = "2023年我局围绕生态环境重点工作，推进决策、执行、管理、服务、结果公开。";
        rewritten[1] = "全年通过门户网站发布环境质量、建设项目环评审批等信息。";
        rewritten[2] = "收到的申请均在法定期限内答复，并加强了答复文书的说理。";
        rewritten[3] = "2024年将围绕优化营商环境，做好政策解读和回应关切。";
        Report fresh = withParagraphs(TestReports.current(), rewritten);
        assertThat(V.withPrevious(last).validate(fresh).ofRule("D3")).isEmpty();
        // without a usable previous report, no D3
        assertThat(V.validate(now).ofRule("D3")).isEmpty();
    }

    @Test
    void d3QuotesACopiedSentenceOfJinhuAndNamesItsParagraphs() throws Exception {
        Report jinhu = DisclosureReports.defaults().reader()
                .read(java.nio.file.Path.of("src/test/resources/corpus/jinhu2023.docx"));
        Report last = lastYear(jinhu, 2022, jinhu.metadata().organization());
        assertThat(V.withPrevious(last).validate(jinhu).ofRule("D3")).singleElement().satisfies(f -> {
            // where to look, and the start of what was copied, as printed — not 全文
            assertThat(f.location()).isEqualTo(SourceLocation.paragraph(2));
            assertThat(f.message()).isEqualTo("正文的 5 句中有 5 句（100%）与上一年度报告一字不差，在第2段、第4段、第5段、第10段、"
                    + "第12段，如第2段“本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为……”。"
                    + "评议中照搬上年内容的报告会被扣分，请按本年度的实际工作重写这些段落。");
        });
    }

    /** The report with section 一 made of these paragraphs and the other sections' own text. */
    private static Report withParagraphs(Report r, String[] texts) {
        List<Section> secs = new ArrayList<>(r.sections());
        Section one = secs.get(0);
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            ps.add(new Paragraph(texts[i], SourceLocation.paragraph(50 + i)));
        }
        secs.set(0, new Section(one.number(), one.heading(), ps, one.location()));
        return TestReports.withSections(r, secs);
    }

    @Test
    void findingsOfTheNewRulesNameTheirRule() {
        List<Finding> all = V.validate(withSectionText(TestReports.current(), "五", "无")).findings();
        assertThat(all).extracting(Finding::rule).contains("S10");
    }
}
