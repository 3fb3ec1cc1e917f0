package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.disclosurereport.validate.rules.TestReports.with;
import static io.github.disclosurereport.validate.rules.TestReports.withRaw;
import static org.assertj.core.api.Assertions.assertThat;

class StructureAndTextRulesTest {

    private static final Validator V = DisclosureReports.defaults().validator();

    private static Report dated(Report r, String org, LocalDate date) {
        Metadata m = r.metadata();
        return TestReports.withMetadata(r, new Metadata(org + m.year() + "年政府信息公开工作年度报告", org, "", m.year(),
                date, ""));
    }

    // ---- S1 ---------------------------------------------------------------------------------------------

    @Test
    void s1MissingSectionIsAnError() {
        Report base = TestReports.current();
        List<Section> secs = new ArrayList<>(base.sections());
        secs.remove(3);
        List<Finding> s1 = V.validate(TestReports.withSections(base, secs)).ofRule("S1");
        assertThat(s1).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("缺少第四部分", "行政复议");
        });
    }

    @Test
    void s1OrderAndNumberingAreChecked() {
        Report base = TestReports.current();
        List<Section> secs = new ArrayList<>(base.sections());
        Section five = secs.get(4);
        secs.set(4, secs.get(5));
        secs.set(5, five);
        assertThat(V.validate(TestReports.withSections(base, secs)).ofRule("S1"))
                .anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("位置不对"));
        List<Section> renumbered = new ArrayList<>(base.sections());
        Section s = renumbered.get(1);
        renumbered.set(1, new Section("三", s.heading(), s.paragraphs(), s.location()));
        // one wrong numeral is one finding, S11's (not also S1's "编号应为")
        ValidationResult renumberedResult = V.validate(TestReports.withSections(base, renumbered));
        assertThat(renumberedResult.ofRule("S1")).isEmpty();
        assertThat(renumberedResult.ofRule("S11")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("编为“三”", "应编为“二”");
                    assertThat(f.location()).isEqualTo(s.location());
                });
    }

    @Test
    void s1AcceptsKnownHeadingVariants() {
        Report base = TestReports.current();
        List<Section> secs = new ArrayList<>(base.sections());
        Section four = secs.get(3);
        secs.set(3, new Section("四", "因政府信息公开工作被申请行政复议、提起行政诉讼情况", four.paragraphs(), four.location()));
        Section five = secs.get(4);
        secs.set(4, new Section("五", "政府信息公开工作存在的主要问题及改进情况", five.paragraphs(), five.location()));
        assertThat(V.validate(TestReports.withSections(base, secs)).ofRule("S1")).isEmpty();
    }

    @Test
    void s1LegacyOutlineAllowsUnnumberedHeadingsAndSubNumbering() {
        Report base = TestReports.legacy();
        List<Section> seedLike = new ArrayList<>();
        String[] numbers = {"一", "二", "三", "四", "一", "二", "", "", "", "", "", "十", "十一"};
        int p = 10;
        for (String n : numbers) {
            seedLike.add(new Section(n, "标题" + p, List.of(), SourceLocation.paragraph(p++)));
        }
        assertThat(V.validate(TestReports.withSections(base, seedLike)).ofRule("S1")).isEmpty();
        assertThat(V.validate(TestReports.withSections(base, seedLike)).ofRule("S11")).isEmpty();
        List<Section> gap = new ArrayList<>(seedLike.subList(0, 4));
        gap.add(new Section("六", "其他", List.of(), SourceLocation.paragraph(40)));
        ValidationResult gapResult = V.validate(TestReports.withSections(base, gap));
        assertThat(gapResult.ofRule("S1")).isEmpty();
        assertThat(gapResult.ofRule("S11")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(SourceLocation.paragraph(40));
            assertThat(f.message()).contains("跳过了“五”", "应编为“五”");
        });
    }

    // ---- S2–S4 -------------------------------------------------------------------------------------------

    @Test
    void s2TrialTablesInA2021ReportAreTheOldFormat() {
        Report trial = TestReports.trial();
        Report r = TestReports.withMetadata(trial, new Metadata("武汉市生态环境局2023年政府信息公开工作年度报告",
                "武汉市生态环境局", "", 2023, LocalDate.of(2024, 1, 20), ""));
        assertThat(V.validate(r).ofRule("S2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("使用旧格式");
        });
        SourceLocation at = SourceLocation.tableCell(2, 26, 1);
        Report noted = TestReports.withNotes(TestReports.current(), List.of(new ReadNote(ReadNote.Code.TRIAL_ROW_IN_CURRENT,
                "表三中“（六）其他处理”只有一行", List.of("T3:R3.6.1:total"), at)));
        assertThat(V.validate(noted).ofRule("S2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(at);
            assertThat(f.cells()).containsExactly("T3:R3.6.1:total");
        });
    }

    @Test
    void everyReaderNoteCodeBecomesAFindingUnderItsRule() {
        SourceLocation at = SourceLocation.tableCell(2, 5, 4);
        Map<ReadNote.Code, String[]> expected = new EnumMap<>(Map.of(
                ReadNote.Code.TRIAL_COLUMN_IN_CURRENT, new String[] {"S2", "ERROR"},
                ReadNote.Code.CELL_MISSING, new String[] {"S3", "ERROR"},
                ReadNote.Code.PART_MISSING, new String[] {"S4", "WARNING"},
                ReadNote.Code.UNIT_DIFFERS, new String[] {"S9", "WARNING"}));
        expected.putAll(Map.of(
                ReadNote.Code.TRIAL_ROW_IN_CURRENT, new String[] {"S2", "ERROR"},
                ReadNote.Code.ROW_MISSING, new String[] {"S3", "ERROR"},
                ReadNote.Code.COLUMN_MISSING, new String[] {"S3", "ERROR"},
                ReadNote.Code.EXTRA_ROW, new String[] {"S3", "WARNING"},
                ReadNote.Code.TABLE_MISSING, new String[] {"S4", "ERROR"},
                ReadNote.Code.FORM_NOT_RECOGNISED, new String[] {"S4", "WARNING"}));
        expected.put(ReadNote.Code.FORM_UNKNOWN, new String[] {"S4", "WARNING"});
        expected.put(ReadNote.Code.FORM_RECOGNISED, new String[] {"S4", "INFO"});
        expected.put(ReadNote.Code.CONTENT_NOT_AS_NAMED, new String[] {"S4", "WARNING"});
        // a code no rule reports would be dropped without a word
        assertThat(expected.keySet()).containsExactly(ReadNote.Code.values());
        for (var e : expected.entrySet()) {
            Report noted = TestReports.withNotes(TestReports.current(), List.of(new ReadNote(e.getKey(),
                    "读取时发现的问题", List.of("T3:R1:natural"), at)));
            assertThat(V.validate(noted).findings()).as(e.getKey().name())
                    .filteredOn(f -> f.location().equals(at) && f.message().contains("读取时发现的问题"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(e.getValue()[0]);
                        assertThat(f.severity().name()).isEqualTo(e.getValue()[1]);
                        assertThat(f.cells()).containsExactly("T3:R1:natural");
                    });
        }
    }

    @Test
    void s3MissingRowFromCellsAndFromNotes() {
        Report base = TestReports.current();
        Map<String, Cell> cells = new LinkedHashMap<>(base.cells());
        cells.keySet().removeIf(id -> id.startsWith("T3:R3.3.8:"));
        List<Finding> s3 = V.validate(base.withCells(cells)).ofRule("S3");
        assertThat(s3).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).hasSize(7).allMatch(id -> id.startsWith("T3:R3.3.8:"));
            assertThat(f.message()).contains("漏项", "行政查询事项");
            assertThat(f.location().table()).isEqualTo(2);
        });
        SourceLocation at = SourceLocation.tableCell(2, 12, 1);
        Report noted = TestReports.withNotes(base.withCells(cells), List.of(
                new ReadNote(ReadNote.Code.ROW_MISSING, "表三缺少“8.属于行政查询事项”行", s3.get(0).cells(), at),
                new ReadNote(ReadNote.Code.EXTRA_ROW, "表三多出“其他主动公开文件”行", List.of(), SourceLocation.tableCell(2, 30, 1))));
        List<Finding> fromNotes = V.validate(noted).ofRule("S3");
        assertThat(fromNotes).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(fromNotes.get(0).location()).isEqualTo(at);
    }

    @Test
    void s4MissingTable() {
        Report base = TestReports.current();
        Map<String, Cell> cells = new LinkedHashMap<>(base.cells());
        cells.keySet().removeIf(id -> id.startsWith("T4:"));
        assertThat(V.validate(base.withCells(cells)).ofRule("S4")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表四");
            assertThat(f.location()).isEqualTo(base.sections().get(3).location());
        });
        Report noted = TestReports.withNotes(base.withCells(cells), List.of(new ReadNote(ReadNote.Code.TABLE_MISSING,
                "第四部分只有图片，没有表格", List.of(), SourceLocation.paragraph(9))));
        assertThat(V.validate(noted).ofRule("S4")).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(SourceLocation.paragraph(9)));
    }

    @Test
    void findingsNameATableByItsCaptionInTheFormTheReportWasReadWith() throws Exception {
        // a province that prints one more table in section 五
        String tsv = new String(Forms.class.getResourceAsStream("current-2021.tsv").readAllBytes(),
                StandardCharsets.UTF_8) + "\nT5\tcaption\tnumber\t\t-\t\t五\n"
                + "T5\tcaption\ttitle\t\t-\t\t政务服务情况\n"
                + "T5\tcolumn\tcount\t\t-\t件\t数量\n"
                + "T5\trow\tservices\t\t-\t\t办理事项\n";
        FormDefinition variant = FormDefinition.load("with-t5", ReportFormat.CURRENT_2021, new StringReader(tsv));
        Report base = TestReports.current();
        Report read = new Report(base.format(), base.metadata(), base.preamble(), base.sections(), base.cells(),
                List.of(), SignOff.EMPTY, List.of(), new Report.SourceInfo("with-t5.docx", "docx", variant));
        assertThat(V.validate(read).ofRule("S4")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("未找到表五（办理事项…）");
            assertThat(f.location()).isEqualTo(base.sections().get(4).location()); // section 五, as captioned
        });

        Map<String, Cell> cells = new LinkedHashMap<>(base.cells());
        cells.put("T5:services:count", new Cell("T5:services:count", null, "", CellState.EMPTY,
                SourceLocation.tableCell(4, 2, 2)));
        assertThat(V.validate(read.withCells(cells)).ofRule("S9")).extracting(Finding::message)
                .containsExactly("表五“办理事项”行有 1 个单元格空白（数量）。格式要求每格都填写数字，没有发生的请填 0。"
                        + "〔单元格：T5:services:count〕");
    }

    // ---- S5–S8 -------------------------------------------------------------------------------------------

    @Test
    void s5NoticeNumber() {
        Report old = TestReports.withPreamble(TestReports.current(),
                "根据国办公开办函〔2019〕60号要求，统计期限为2023年1月1日至2023年12月31日。");
        assertThat(V.validate(old).ofRule("S5")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(SourceLocation.paragraph(1));
        });
        Report wrong = TestReports.withPreamble(TestReports.current(), "按照国办政务公开办函[2021]30号的格式编制。");
        assertThat(V.validate(wrong).ofRule("S5")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("文号写作“国办政务公开办函[2021]30号”", "国办公开办函〔2021〕30号"));
        Report right = TestReports.withPreamble(TestReports.current(), "按照国办公开办函（2021）30号的格式编制。");
        assertThat(V.validate(right).ofRule("S5")).isEmpty();
    }

    @Test
    void s6PeriodMustBeTheCalendarYear() {
        Report r = TestReports.withPreamble(TestReports.current(), "本报告统计期限为2023年1月1日至2024年1月1日。");
        assertThat(V.validate(r).ofRule("S6")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("2023年1月1日至2024年1月1日", "2023年12月31日");
        });
    }

    @Test
    void s7YearsAgree() {
        Report base = TestReports.current();
        Report title = TestReports.withMetadata(base, new Metadata("武汉市生态环境局2022年政府信息公开工作年度报告",
                "武汉市生态环境局", "", 2023, LocalDate.of(2024, 1, 20), ""));
        assertThat(V.validate(title).ofRule("S7")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        Report period = TestReports.withPreamble(base, "统计期限为2022年1月1日至2022年12月31日。");
        assertThat(V.validate(period).ofRule("S7")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        Report copied = TestReports.withSectionText(base, "五", "2019年，我局公开信息94条。");
        assertThat(V.validate(copied).ofRule("S7")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void s8TitleWithoutFullNameAndMissingDate() {
        Report base = TestReports.legacy();
        Report r = TestReports.withMetadata(base, new Metadata("残联2017年度政府信息公开工作年度报告",
                "威海市环翠区残疾人联合会", "", 2017, null, ""));
        List<Finding> s8 = V.validate(r).ofRule("S8");
        assertThat(s8).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(s8).extracting(Finding::message).anyMatch(m -> m.contains("单位全称"))
                .anyMatch(m -> m.contains("落款日期"));
    }

    // ---- S9 ----------------------------------------------------------------------------------------------

    @Test
    void s9CellContents() {
        Report base = TestReports.current();
        assertThat(V.validate(withRaw(base, "T3:R3.1:natural", "减4")).ofRule("S9")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.actual()).isEqualByComparingTo("-4");
                    assertThat(f.cells()).containsExactly("T3:R3.1:natural");
                });
        assertThat(V.validate(withRaw(base, "T3:R3.1:natural", "abc")).ofRule("S9")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(V.validate(withRaw(base, "T3:R3.1:natural", "—")).ofRule("S9")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(V.validate(withRaw(base, "T3:R3.1:natural", "１")).ofRule("S9")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("全角"));
        assertThat(V.validate(with(base, "T3:R3.1:natural", new BigDecimal("1.5"))).ofRule("S9")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(V.validate(with(base, "T2:fees:amount", new BigDecimal("-3"))).ofRule("S9")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(V.validate(withRaw(base, "T2:fees:amount", "251000元")).ofRule("S9")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.expected()).isEqualByComparingTo("25.1");
                    assertThat(f.actual()).isEqualByComparingTo("251000");
                });
        Report blanks = with(with(base, "T3:R2:natural", null), "T3:R2:legal", null);
        assertThat(V.validate(blanks).ofRule("S9")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T3:R2:natural", "T3:R2:legal");
            assertThat(f.message()).contains("空白", "自然人", "法律服务机构");
        });
    }

    @Test
    void s9TrialChangeCellsAreSigned() throws Exception {
        Report base = TestReports.trial();
        assertThat(V.validate(with(base, "T2:licensing:change", -8)).ofRule("S9")).isEmpty();
        assertThat(V.validate(withRaw(base, "T2:licensing:change", "减4")).ofRule("S9")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.actual()).isEqualByComparingTo("-4");
                });
        Report shanghai = withRaw(base, "T2:procurement:amount", "251000元");
        // the model, the JSON and the warning all say 251000
        assertThat(shanghai.cell("T2:procurement:amount").orElseThrow().value()).isEqualByComparingTo("251000");
        assertThat(V.validate(shanghai).ofRule("S9")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.actual()).isEqualByComparingTo("251000");
            assertThat(f.message()).contains("“251000元”", "已按 251000 读取").doesNotContain("理解");
        });
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                io.github.disclosurereport.DisclosureReports.defaults().toJson(shanghai));
        assertThat(json.get("cells").get("T2:procurement:amount").decimalValue()).isEqualByComparingTo("251000");
        assertThat(json.get("cellDetails").get("T2:procurement:amount").get("raw").asText()).isEqualTo("251000元");
    }

    // ---- D1, D2, F1 --------------------------------------------------------------------------------------

    @Test
    void d1Deadlines() {
        Report base = TestReports.current();
        assertThat(V.validate(dated(base, "武汉市生态环境局", LocalDate.of(2024, 2, 15))).ofRule("D1")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("2024-01-31");
                });
        assertThat(V.validate(dated(base, "金湖县人民政府", LocalDate.of(2024, 2, 15))).ofRule("D1")).isEmpty();
        assertThat(V.validate(dated(base, "金湖县人民政府", LocalDate.of(2024, 4, 2))).ofRule("D1")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2024-03-31"));
        assertThat(V.validate(dated(base, "某某镇人民政府", LocalDate.of(2024, 4, 2))).ofRule("D1")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        Report legacy = TestReports.legacy();
        assertThat(V.validate(dated(legacy, "威海市环翠区残疾人联合会", LocalDate.of(2018, 3, 18))).ofRule("D1")).isEmpty();
        assertThat(V.validate(dated(legacy, "威海市环翠区残疾人联合会", LocalDate.of(2018, 4, 5))).ofRule("D1"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void d1ChecksAPagesOwnPublicationDateBeforeItsSignature() {
        Report base = TestReports.current();
        Metadata m = base.metadata();
        // signed in time, but the page went up after the deadline: the publication is what the rule is about
        Report page = TestReports.withMetadata(base, new Metadata("金湖县人民政府" + m.year() + "年政府信息公开工作年度报告",
                "金湖县人民政府", "", m.year(), LocalDate.of(2024, 3, 20), "", LocalDate.of(2024, 4, 1)));
        assertThat(V.validate(page).ofRule("D1")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("发布日期 2024-04-01").contains("2024-03-31");
        });
        // an area's own report (a zone, not a department) is not held to the departments' 1月31日
        Report zone = TestReports.withMetadata(base, new Metadata("平潭综合实验区" + m.year() + "年度政府信息公开工作年度报告",
                "平潭综合实验区", "", m.year(), null, "", LocalDate.of(2024, 3, 8)));
        assertThat(V.validate(zone).ofRule("D1")).isEmpty();
        // a page with no signature, published on the last day: in time
        Report unsigned = TestReports.withMetadata(base, new Metadata("金湖县人民政府" + m.year() + "年政府信息公开工作年度报告",
                "金湖县人民政府", "", m.year(), null, "", LocalDate.of(2024, 3, 31)));
        assertThat(V.validate(unsigned).ofRule("D1")).isEmpty();
    }

    @Test
    void d1ForAZoneSaysItIsLateUnderEitherDeadlineAndHoldsItToNeitherAlone() throws Exception {
        Report pingtan = DisclosureReports.defaults().reader()
                .read(java.nio.file.Path.of("src/test/resources/corpus/pingtan2023.page.html"));
        Metadata m = pingtan.metadata();
        assertThat(m.organization()).isEqualTo("平潭综合实验区");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(V.validate(pingtan).ofRule("D1")).isEmpty();
        Report late = TestReports.withMetadata(pingtan, new Metadata(m.title(), m.organization(), m.addressee(),
                m.year(), m.date(), m.dateText(), LocalDate.of(2024, 4, 2)));
        // not "本级人民政府年度报告" (a zone is none) and not the departments' 1月31日 alone
        assertThat(V.validate(late).ofRule("D1")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("发布日期 2024-04-02 晚于法定公布期限 2024-03-31（条例第四十九条：政府部门于每年1月31日前、"
                    + "本级人民政府于每年3月31日前公布上一年度报告；“平潭综合实验区”无论按哪一种期限都已逾期）。请按期公布。");
        });
        // a zone's administration — 管委会, 管理委员会 or a 高新区's 管理局 — is no department held to 1月31日
        for (String zone : List.of("平潭综合实验区管理委员会", "某某经济技术开发区管委会", "某某高新区管理局")) {
            Report february = TestReports.withMetadata(pingtan, new Metadata(m.title(), zone, m.addressee(), m.year(),
                    m.date(), m.dateText(), LocalDate.of(2024, 2, 15)));
            assertThat(V.validate(february).ofRule("D1")).as(zone).isEmpty();
        }
        // a people's government keeps its own words
        Report county = TestReports.withMetadata(pingtan, new Metadata(m.title(), "平潭县人民政府", m.addressee(),
                m.year(), m.date(), m.dateText(), LocalDate.of(2024, 4, 2)));
        assertThat(V.validate(county).ofRule("D1")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("（条例第四十九条：本级人民政府年度报告于每年3月31日前公布）"));
    }

    @Test
    void d2SignatureAfterTheYear() {
        Report r = dated(TestReports.current(), "武汉市生态环境局", LocalDate.of(2023, 12, 20));
        assertThat(V.validate(r).ofRule("D2")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void f1LegacySignOffFields() {
        Report r = TestReports.withSignOff(TestReports.legacy(), new SignOff("威海市环翠区残疾人联合会", "", "", "王五", "", ""));
        assertThat(V.validate(r).ofRule("F1")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("单位负责人", "审核人", "联系电话", "填报日期").doesNotContain("填报人、");
        });
    }

    // ---- validator API ----------------------------------------------------------------------------------

    @Test
    void validatorIsBuiltUpFrontAndImmutable() {
        Report jinhu = TestReports.fromExpected("jinhu2023");
        Validator noA4 = V.without("A4");
        assertThat(noA4.validate(jinhu).ofRule("A4")).isEmpty();
        assertThat(V.validate(jinhu).ofRule("A4")).hasSize(1);
        // every rule of rules.md except the conversion rules C1/C2, which the writer reports
        assertThat(V.ruleIds()).containsExactlyInAnyOrder("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "A1",
                "A2", "A3", "A4", "A5", "A6", "A7", "A-PART", "A-SUBSET", "A-CHANNEL", "N1", "N2", "N3", "N4", "D1",
                "D2", "D3", "D4", "F1", "S10", "S11");
        Validator custom = DisclosureReports.defaults().validator().withNoRules().withRule("X1", java.util.EnumSet.of(ReportFormat.CURRENT_2021),
                ctx -> List.of(Finding.of("X1", Severity.INFO, "自定义", List.of(), SourceLocation.paragraph(3))));
        assertThat(custom.validate(jinhu).findings()).extracting(Finding::rule).containsExactly("X1");
        assertThat(custom.validate(TestReports.legacy()).findings()).isEmpty();
    }

    @Test
    void findingsAreSortedByLocation() {
        Report r = with(with(TestReports.current(), "T4:review:total", 99), "T3:R1:total", 999);
        List<Finding> f = V.validate(r).findings();
        for (int i = 1; i < f.size(); i++) {
            assertThat(Finding.BY_LOCATION.compare(f.get(i - 1), f.get(i))).isLessThanOrEqualTo(0);
        }
        assertThat(f).extracting(x -> x.location().table()).contains(2, 3);
        assertThat(f.get(0).describe()).contains(f.get(0).rule(), f.get(0).location().describe());
    }

    @Test
    void paragraphsAreNumberedInTheFixture() {
        Paragraph p = TestReports.current().sections().get(0).paragraphs().get(0);
        assertThat(p.location().describe()).isEqualTo("第3段");
    }

    @Test
    void aStatisticsWorkbookIsNotAskedForTitleSectionsOrSignature() {
        Report legacy = TestReports.legacy();
        Report workbook = new Report(legacy.format(), new Metadata("", "", "", 2017, null, ""), List.of(), List.of(),
                legacy.cells(), List.of(), legacy.signOff(), List.of(), new Report.SourceInfo("统计表.xlsx", "xlsx"));
        ValidationResult result = V.validate(workbook);
        assertThat(result.ofRule("S8")).isEmpty();
        assertThat(result.ofRule("S1")).isEmpty();
        assertThat(result.findings()).isEmpty();
    }
}
