package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Statistics tables built with POI: an unknown (莆田-style) form and a partial legacy form with extra rows. */
class LegacyStatisticsMapperTest {

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void table(XWPFDocument doc, String[][] rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.getCell(c).setText(rows[r][c]);
            }
        }
    }

    private static Report read(XWPFDocument doc, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return DisclosureReports.defaults().reader().read(new ByteArrayInputStream(out.toByteArray()), name);
    }

    @Test
    void aLegacyVariantWithTheExtraIndicatorReadsItAsAFormCell() throws Exception {
        String tsv = new String(Forms.class.getResourceAsStream("legacy-statistics.tsv").readAllBytes(),
                StandardCharsets.UTF_8);
        // a province that also counts website visits: one more indicator, as data
        FormDefinition variant = FormDefinition.load("legacy-with-visits", ReportFormat.LEGACY_2008,
                new StringReader(tsv + "14\t\t-\t\t次\t网站访问量\n"));
        ByteArrayOutputStream out = statisticsWithWebsiteVisits();
        Report standard = DisclosureReports.defaults().reader().read(new ByteArrayInputStream(out.toByteArray()), "v.docx");
        assertThat(standard.notes()).extracting(ReadNote::code).contains(ReadNote.Code.EXTRA_ROW);
        assertThat(standard.cell("L:14")).isEmpty();

        Report r = DisclosureReports.defaults().withForms(FormSet.standard().withForm(variant)).reader()
                .read(new ByteArrayInputStream(out.toByteArray()), "v.docx");
        assertThat(r.source().formName()).isEqualTo("legacy-with-visits");
        assertThat(r.cell("L:14").orElseThrow().value()).isEqualByComparingTo("9999");
        assertThat(r.cell("L:14").orElseThrow().location()).isEqualTo(SourceLocation.tableCell(1, 7, 3));
        assertThat(r.notes()).extracting(ReadNote::code).doesNotContain(ReadNote.Code.EXTRA_ROW);
        assertThat(r.genericTables()).isEmpty();
        assertThat(r.cell("L:10.2").orElseThrow().value()).isEqualByComparingTo("2");
    }

    @Test
    void theNotesNameTheTableByTheCaptionOfTheFormItWasReadWith() throws Exception {
        ByteArrayOutputStream out = statisticsWithWebsiteVisits();
        Report national = DisclosureReports.defaults().reader().read(new ByteArrayInputStream(out.toByteArray()), "n.docx");
        assertThat(national.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW).extracting(ReadNote::message)
                .containsExactly("统计表第7行“网站访问量”不是统计表格式中的指标，已单独保留。");
        assertThat(national.genericTables()).extracting(GenericTable::caption)
                .containsExactly("政府信息公开工作情况统计表（格式以外的行）");

        String tsv = new String(Forms.class.getResourceAsStream("legacy-statistics.tsv").readAllBytes(),
                StandardCharsets.UTF_8).replace("\t统计表\n", "\t公开统计表\n")
                .replace("\t政府信息公开工作情况统计表\n", "\t某省政府信息公开工作统计表\n");
        FormDefinition variant = FormDefinition.load("own-caption", ReportFormat.LEGACY_2008, new StringReader(tsv));
        Report r = DisclosureReports.defaults().withForms(FormSet.standard().withForm(variant)).reader()
                .read(new ByteArrayInputStream(out.toByteArray()), "v.docx");
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW).extracting(ReadNote::message)
                .containsExactly("公开统计表第7行“网站访问量”不是公开统计表格式中的指标，已单独保留。");
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.ROW_MISSING).first()
                .extracting(ReadNote::message).asString().startsWith("公开统计表中没有找到指标“");
        assertThat(r.genericTables()).extracting(GenericTable::caption)
                .containsExactly("某省政府信息公开工作统计表（格式以外的行）");
    }

    @Test
    void anUnknownStatisticsTableIsKeptAsAGenericTableWithANote() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "某某市人民政府办公室2011年度政府信息公开工作年度报告");
        paragraph(doc, "一、概述");
        paragraph(doc, "全年主动公开信息120条。");
        paragraph(doc, "附表：政府信息公开情况统计表");
        table(doc, new String[][] {
                {"指标名称", "计量单位", "2011年度", "历年累计"},
                {"主动公开信息数", "条", "120", "1,500"},
                {"受理依申请公开信息总数", "条", "3", "40"},
                {"其中：当面申请", "条", "", "—"},
        });
        Report r = read(doc, "generic.docx");

        assertThat(r.format()).isEqualTo(ReportFormat.LEGACY_2008);
        // no known form (two rows of Fujian's, none of the national form's): its well-known indicators by meaning
        assertThat(r.source().form().name()).isEqualTo("legacy-statistics.tsv");
        assertThat(r.cells().keySet()).containsExactly("L:1.1", "L:3.1");
        assertThat(r.cell("L:1.1").orElseThrow().value()).isEqualByComparingTo("120");
        assertThat(r.cell("L:1.1").orElseThrow().location()).isEqualTo(SourceLocation.tableCell(1, 2, 3));
        assertThat(r.cell("L:3.1").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(r.genericTables()).hasSize(1);
        GenericTable g = r.genericTables().get(0);
        assertThat(g.columns()).containsExactly("2011年度", "历年累计");
        assertThat(g.caption()).isEqualTo("附表：政府信息公开情况统计表");
        assertThat(g.rows()).extracting(GenericTable.Row::label)
                .containsExactly("主动公开信息数", "受理依申请公开信息总数", "其中：当面申请");
        assertThat(g.rows()).extracting(GenericTable.Row::unit).containsExactly("条", "条", "条");
        Cell total = g.rows().get(0).values().get(1);
        assertThat(total.id()).isEqualTo("G1:2:4");
        assertThat(total.value()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(total.raw()).isEqualTo("1,500");
        assertThat(total.location()).isEqualTo(SourceLocation.tableCell(1, 2, 4));
        assertThat(g.rows().get(1).values().get(0).value()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(g.rows().get(2).values()).extracting(Cell::state)
                .containsExactly(CellState.EMPTY, CellState.NOT_APPLICABLE);
        assertThat(r.notes()).extracting(ReadNote::code).containsExactly(ReadNote.Code.FORM_NOT_RECOGNISED);
        assertThat(r.notes().get(0).message()).contains("不是已知的").contains("统计表")
                .contains("fujian-legacy-2008").contains("主动公开政府信息数");
        assertThat(r.notes().get(0).cells()).containsExactly("L:1.1", "L:3.1");
        assertThat(r.metadata().year()).isEqualTo(2011);
    }

    @Test
    void aLegacyTableOfNoKnownFormGivesOneFindingAndItsWellKnownIndicators() throws Exception {
        // Gansu's monthly form (定西): coded rows, 本期实际 / 本年累计; about a third of its rows are Fujian's
        String[][] gansu = {
                {"指标名称", "计量单位", "代码", "本期实际", "本年累计"},
                {"主动公开信息数", "条", "01", "310", "1200"},
                {"其中：全文电子化的主动公开信息数", "条", "02", "300", "1100"},
                {"新增的行政规范性文件数", "条", "03", "4", "12"},
                {"提供服务类信息数", "条", "04", "20", "80"},
                {"网站专栏页面访问量", "人次", "05", "5000", "20000"},
                {"现场接待人数", "人次", "06", "30", "100"},
                {"网上咨询数", "人次", "07", "8", "30"},
                {"咨询电话接听数", "人次", "08", "12", "40"},
                {"依申请公开信息目录数", "条", "09", "2", "6"},
                {"申请总数", "条", "10", "5", "9"},
                {"其中：1.当面申请数", "条", "11", "3", "5"},
                {"2.传真申请数", "条", "12", "0", "0"},
                {"3.电子邮件申请数", "条", "13", "1", "2"},
                {"4.网上申请数", "条", "14", "1", "2"},
                {"对申请的答复总数", "条", "17", "5", "9"},
                {"（1）“非《规定》所指政府信息”数", "条", "21", "0", "0"},
                {"（2）“信息不存在”数", "条", "22", "1", "1"},
                {"（3）“非本部门掌握”数", "条", "23", "0", "0"},
                {"（4）“申请内容不明确”数", "条", "24", "0", "0"},
                {"（5）“免予公开范围1”数", "条", "25", "0", "0"},
                {"行政复议数", "件", "32", "1", "1"},
                {"行政诉讼数", "件", "33", "0", "0"},
                {"行政申诉数", "件", "34", "0", "0"},
        };
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "某某县人民政府2010年政府信息公开工作年度报告");
        paragraph(doc, "一、概述");
        paragraph(doc, "全年主动公开信息1200条。");
        paragraph(doc, "附表：政府信息公开情况统计报表");
        table(doc, gansu);
        Report r = read(doc, "gansu.docx");

        assertThat(r.format()).isEqualTo(ReportFormat.LEGACY_2008);
        assertThat(r.source().form().name()).isEqualTo("legacy-statistics.tsv");
        assertThat(r.notes()).extracting(ReadNote::code).containsExactly(ReadNote.Code.FORM_NOT_RECOGNISED);
        assertThat(r.genericTables()).singleElement().satisfies(g -> assertThat(g.rows()).hasSize(gansu.length - 1));
        assertThat(r.cells().keySet()).containsExactly("L:1.1", "L:3.1", "L:3.3", "L:4", "L:5");
        assertThat(r.cell("L:1.1").orElseThrow().value()).isEqualByComparingTo("310");
        assertThat(r.cell("L:4").orElseThrow().value()).isEqualByComparingTo("1");

        var findings = DisclosureReports.defaults().validator().validate(r).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("S3")).isEmpty();
        assertThat(findings).filteredOn(f -> f.message().contains("不是已知的统计表格式")).hasSize(1);
    }

    @Test
    void aTableThatIsNotStatisticsIsIgnored() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "某某局2016年度政府信息公开工作年度报告");
        table(doc, new String[][] {{"姓名", "职务"}, {"张三", "主任"}});
        Report r = read(doc, "contacts.docx");
        assertThat(r.genericTables()).isEmpty();
        assertThat(r.notes()).extracting(ReadNote::code).containsExactly(ReadNote.Code.TABLE_MISSING);
    }

    @Test
    void repeatedLabelsMatchInPrintedOrderAndExtraRowsAreKept() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "政府信息公开工作情况统计表");
        paragraph(doc, "（2016年度）");
        paragraph(doc, "单位名称：某某县档案局");
        table(doc, new String[][] {
                {"统 计 指 标", "单位", "统计数"},
                {"四、行政复议数量", "件", "1"},
                {"（一）维持具体行政行为数", "件", "1"},
                {"十、设置政府信息查阅点数", "个", "3"},
                {"（一）市政府及其部门", "个", "1"},
                {"（二）县(市、区)政府及其部门", "个", "2"},
                {"（三）乡镇政府（街道办事处）", "个", "0"},
                {"网站访问量", "次", "9999"},
                {"十一、查阅点接待人数", "次", "5"},
                {"（一）市政府及其部门", "次", "５"},
                {"（二）县（市、区）政府及其部门", "次", "/"},
                {"十二、依申请公开信息收取的费用", "元", "300"},
                {"十三、机构建设和保障经费情况", "", "2"},
        });
        paragraph(doc, "单位负责人：李四    审核人：王五   填报人：赵六");
        paragraph(doc, "联系电话：0631-5200000        填报日期：2017年1月10日");
        Report r = read(doc, "partial.docx");

        assertThat(r.format()).isEqualTo(ReportFormat.LEGACY_2008);
        assertThat(r.metadata().year()).isEqualTo(2016);
        assertThat(r.metadata().organization()).isEqualTo("某某县档案局");
        assertThat(r.cell("L:4").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(r.cell("L:10.1").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(r.cell("L:10.3").orElseThrow().state()).isEqualTo(CellState.NUMBER);
        assertThat(r.cell("L:10.3").orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(r.cell("L:11.1").orElseThrow().value()).isEqualByComparingTo("5");
        assertThat(r.cell("L:11.1").orElseThrow().raw()).isEqualTo("５");
        assertThat(r.cell("L:11.1").orElseThrow().location()).isEqualTo(SourceLocation.tableCell(1, 10, 3));
        assertThat(r.cell("L:11.2").orElseThrow().state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(r.cell("L:11.3")).isEmpty();
        assertThat(r.cell("L:1.1")).isEmpty();
        assertThat(r.cells().keySet()).containsExactly("L:4", "L:4.1", "L:10", "L:10.1", "L:10.2", "L:10.3",
                "L:11", "L:11.1", "L:11.2", "L:12");
        ReadNote unit = r.notes().stream().filter(n -> n.code() == ReadNote.Code.UNIT_DIFFERS).findFirst().orElseThrow();
        assertThat(unit.cells()).containsExactly("L:12");
        assertThat(unit.message()).contains("元").contains("万元");

        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.ROW_MISSING)
                .extracting(n -> n.cells().get(0)).contains("L:1.1", "L:11.3", "L:4.2").doesNotContain("L:11.1");
        ReadNote extra = r.notes().stream().filter(n -> n.code() == ReadNote.Code.EXTRA_ROW).findFirst().orElseThrow();
        assertThat(extra.message()).contains("网站访问量");
        assertThat(extra.location()).isEqualTo(SourceLocation.tableCell(1, 8, 1));
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW).hasSize(2);
        assertThat(r.genericTables()).hasSize(1);
        assertThat(r.genericTables().get(0).rows()).extracting(GenericTable.Row::label)
                .containsExactly("网站访问量", "十三、机构建设和保障经费情况");
        GenericTable.Row row = r.genericTables().get(0).rows().get(0);
        assertThat(row.label()).isEqualTo("网站访问量");
        assertThat(row.unit()).isEqualTo("次");
        assertThat(row.values().get(0).value()).isEqualByComparingTo("9999");

        assertThat(r.signOff().unitName()).isEqualTo("某某县档案局");
        assertThat(r.signOff().unitHead()).isEqualTo("李四");
        assertThat(r.signOff().reviewer()).isEqualTo("王五");
        assertThat(r.signOff().preparer()).isEqualTo("赵六");
        assertThat(r.signOff().phone()).isEqualTo("0631-5200000");
        assertThat(r.signOff().fillDate()).isEqualTo("2017年1月10日");
    }

    @Test
    void aTableBrokenAcrossPagesContinuesTheForm() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "政府信息公开工作情况统计表");
        table(doc, new String[][] {
                {"统计指标", "单位", "统计数"},
                {"四、行政复议数量", "件", "0"},
                {"五、行政诉讼数量", "件", "0"},
                {"六、被举报投诉数量", "件", "0"},
                {"七、向图书馆、档案馆等查阅场所报送信息数", "条", "12"},
                {"八、开通政府信息公开网站（或设立门户网站信息公开专栏）数", "个", "1"},
        });
        paragraph(doc, "");
        // the rest after a page break, without a header row
        table(doc, new String[][] {
                {"十四、政府信息公开会议和培训情况", "", ""},
                {"（一）召开政府信息公开工作会议或专题会议数", "次", "2"},
                {"（三）接受培训人员数", "人次", "35"},
        });
        Report r = read(doc, "split.docx");
        assertThat(r.genericTables()).isEmpty();
        assertThat(r.cell("L:7").orElseThrow().value()).isEqualByComparingTo("12");
        assertThat(r.cell("L:14.1").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(r.cell("L:14.1").orElseThrow().location()).isEqualTo(SourceLocation.tableCell(2, 2, 3));
        assertThat(r.cell("L:14.3").orElseThrow().value()).isEqualByComparingTo("35");
        assertThat(r.cell("L:14.2")).isEmpty();
        assertThat(r.notes()).extracting(ReadNote::code).doesNotContain(ReadNote.Code.FORM_NOT_RECOGNISED, ReadNote.Code.EXTRA_ROW);
    }

    @Test
    void aProvincialFormFindsItsColumnsByTheHeadersItsDataNames() throws Exception {
        // 栏目 / 计量 / 本期数 are no header of the national form: only the variant's header lines say which column
        // holds the labels, the units and the report's value (not 上期数, printed first)
        FormDefinition own = Forms.loadDeclared("own-headers", LegacyStatisticsMapperTest.class
                .getResourceAsStream("/forms/own-headers-legacy.tsv").readAllBytes());
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "政府信息公开统计表");
        table(doc, new String[][] {
                {"栏目", "计量", "上期数", "本期数"},
                {"主动公开政府信息数", "条", "10", "12"},
                {"收到申请数", "件", "1", "2"},
                {"申请办结数", "件", "1", "2"},
                {"申请答复数", "件", "1", "2"},
                {"行政复议数量", "件", "0", "1"},
                {"行政诉讼数量", "件", "0", "0"},
                {"结对帮扶户数", "户", "3", "5"},
                {"网站访问量", "次", "100", "200"},
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        Report r = DisclosureReports.defaults().withForms(FormSet.standard().withForm(own)).reader()
                .read(new ByteArrayInputStream(out.toByteArray()), "own.docx");

        assertThat(r.source().formName()).isEqualTo("own-headers");
        assertThat(r.cell("L:1.1").orElseThrow().value()).isEqualByComparingTo("12");
        assertThat(r.cell("L:1.1").orElseThrow().location()).isEqualTo(SourceLocation.tableCell(1, 2, 4));
        assertThat(r.cell("L:4").orElseThrow().value()).isEqualByComparingTo("1");
        // the form's own unit: no UNIT_DIFFERS, the household count read
        assertThat(r.cell("L:help").orElseThrow().value()).isEqualByComparingTo("5");
        // the header row is no indicator; the one row the form lacks is kept under the form's value heading
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW).extracting(ReadNote::message)
                .containsExactly("统计表第9行“网站访问量”不是统计表格式中的指标，已单独保留。");
        assertThat(r.notes()).extracting(ReadNote::code).doesNotContain(ReadNote.Code.UNIT_DIFFERS);
        GenericTable extra = r.genericTables().get(0);
        assertThat(extra.columns()).containsExactly("本期数");
        assertThat(extra.rows()).singleElement().satisfies(row -> {
            assertThat(row.unit()).isEqualTo("次");
            assertThat(row.values()).extracting(Cell::value).containsExactly(new BigDecimal("200"));
        });
    }

    @Test
    void rowsOutsideATwoValueFormKeepBothValuesUnderTheFormsHeadings() throws Exception {
        // Fujian's form prints 本年度 and 历年累计; this office prints them the other way round
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "政府信息公开情况统计表");
        table(doc, new String[][] {
                {"指标名称", "计量单位", "历年累计", "2012年度"},
                {"主动公开信息数", "条", "3542", "2026"},
                {"其中：1.政府网站", "条", "3304", "1795"},
                {"2.政府公报", "条", "0", "0"},
                {"受理依申请公开信息总数", "条", "40", "12"},
                {"行政复议数", "条", "1", "0"},
                {"行政诉讼数", "条", "0", "0"},
                {"网站访问量", "次", "88888", "9999"},
        });
        Report r = read(doc, "fujian.docx");

        assertThat(r.source().formName()).isEqualTo("fujian-legacy-2008");
        assertThat(r.cell("L:1.1").orElseThrow().value()).isEqualByComparingTo("2026");
        assertThat(r.cell("L:1.1:cumulative").orElseThrow().value()).isEqualByComparingTo("3542");
        assertThat(r.genericTables()).singleElement().satisfies(g -> {
            assertThat(g.caption()).isEqualTo("政府信息公开情况统计表（格式以外的行）");
            assertThat(g.columns()).containsExactly("本年度", "历年累计");
            assertThat(g.rows()).singleElement().satisfies(row -> {
                assertThat(row.label()).isEqualTo("网站访问量");
                assertThat(row.values()).extracting(Cell::value)
                        .containsExactly(new BigDecimal("9999"), new BigDecimal("88888"));
                assertThat(row.values()).extracting(Cell::location)
                        .containsExactly(SourceLocation.tableCell(1, 8, 4), SourceLocation.tableCell(1, 8, 3));
            });
        });
    }

    /** A legacy statistics table with one indicator the national form lacks (网站访问量, row 7). */
    private static ByteArrayOutputStream statisticsWithWebsiteVisits() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "政府信息公开工作情况统计表");
            table(doc, new String[][] {
                    {"统 计 指 标", "单位", "统计数"},
                    {"四、行政复议数量", "件", "1"},
                    {"（一）维持具体行政行为数", "件", "1"},
                    {"十、设置政府信息查阅点数", "个", "3"},
                    {"（一）市政府及其部门", "个", "1"},
                    {"（二）县(市、区)政府及其部门", "个", "2"},
                    {"网站访问量", "次", "9999"},
                    {"十二、依申请公开信息收取的费用", "万元", "3"},
            });
            doc.write(out);
        }
        return out;
    }
}
