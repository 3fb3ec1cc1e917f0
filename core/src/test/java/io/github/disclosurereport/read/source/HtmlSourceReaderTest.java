package io.github.disclosurereport.read.source;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web pages read into the neutral intermediate, and the corpus pages read to the values of their Word twins. */
class HtmlSourceReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Report read(String file) throws Exception {
        return DisclosureReports.defaults().reader().read(CORPUS.resolve(file));
    }

    private static SourceDocument source(String html) throws ReportReadException {
        return new HtmlSourceReader(ReadLimits.DEFAULT).read(html.getBytes(StandardCharsets.UTF_8), "t.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.html", "jinhu2023.gb18030.html"})
    void libreOfficeExportsOfJinhuReadToTheSameCellsAsTheDocx(String page) throws Exception {
        Report docx = read("jinhu2023.docx");
        Report html = read(page);
        assertThat(docx.cells()).hasSize(200);
        assertThat(html.cells().keySet()).containsExactlyElementsOf(docx.cells().keySet());
        for (Cell c : docx.cells().values()) {
            Cell h = html.cells().get(c.id());
            assertThat(h.state()).as(c.id()).isEqualTo(c.state());
            if (c.value() == null) {
                assertThat(h.value()).as(c.id()).isNull();
            } else {
                assertThat(h.value()).as(c.id()).isEqualByComparingTo(c.value());
            }
            assertThat(h.location()).as(c.id()).isEqualTo(c.location());
        }
        assertThat(html.format()).isEqualTo(docx.format());
        assertThat(html.source().fileType()).isEqualTo("html");
        expectMetadata(html, "jinhu2023"); // its expected file names no date: the signature's is the .docx's
        assertThat(html.metadata().date()).isEqualTo(docx.metadata().date());
        assertThat(html.metadata().dateText()).isEqualTo(docx.metadata().dateText());
        assertThat(html.metadata().title()).isEqualTo(docx.metadata().title());
        assertExpectedCells(html, "jinhu2023");
    }

    @Test
    void libreOfficeExportOfTheSeedReadsToItsExpectedValues() throws Exception {
        Report html = read("seed-2017-huancui-cdpf.html");
        expectMetadata(html, "seed-2017-huancui-cdpf");
        assertExpectedCells(html, "seed-2017-huancui-cdpf");
        Report docx = read("seed-2017-huancui-cdpf.docx");
        assertThat(html.cells().keySet()).containsExactlyElementsOf(docx.cells().keySet());
        assertThat(html.metadata().title()).isEqualTo(docx.metadata().title());
    }

    @Test
    void aRealCrawledPageReadsToItsExpectedValues() throws Exception {
        // the site's template (navigation, source and date line, share buttons, footer) around a Word-pasted report
        Report page = read("pingtan2023.page.html");
        expectMetadata(page, "pingtan2023");
        JsonNode cells = new ObjectMapper().readTree(CORPUS.resolve("pingtan2023.expected.json").toFile()).get("cells");
        assertThat(page.cells()).hasSize(cells.size()).hasSize(200);
        assertExpectedCells(page, "pingtan2023");
        assertThat(page.metadata().title()).isEqualTo("平潭综合实验区2023年度政府信息公开工作年度报告");
        assertThat(page.cell("T3:R1:total").orElseThrow().location().describe()).isEqualTo("第2个表格第4行第10列");
        assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 8)); // its 时间：2024-03-08 15:34
        // and it survives our JSON
        Report back = DisclosureReports.defaults().reader().read(new java.io.ByteArrayInputStream(
                DisclosureReports.defaults().toJson(page).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p.json");
        assertThat(back.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void aPagesDateLineIsReadAsASignatureDateIs() throws Exception {
        // the crawled page without its head declaration: its printed date line, in the ways offices type dates
        String page = java.nio.file.Files.readString(CORPUS.resolve("pingtan2023.page.html"))
                .replace("<meta name=\"PubDate\" content=\"2024-03-08 15:34\"/>", "");
        for (String printed : java.util.List.of("时间：2024-03-08 15:34", "时间：２０２４年３月８日", "发布时间：二〇二四年三月八日",
                "时间： 2024年03月08日")) {
            String edited = page.replace("时间：2024-03-08 15:34", printed);
            assertThat(edited).as(printed).contains(printed).doesNotContain("PubDate");
            Report r = DisclosureReports.defaults().reader().read(new java.io.ByteArrayInputStream(
                    edited.getBytes(StandardCharsets.UTF_8)), "pingtan.html");
            assertThat(r.metadata().published()).as(printed).isEqualTo(LocalDate.of(2024, 3, 8));
        }
    }

    private static void expectMetadata(Report r, String name) throws Exception {
        JsonNode exp = new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile());
        assertThat(r.format().name()).isEqualTo(exp.get("format").asText());
        assertThat(r.metadata().organization()).isEqualTo(exp.get("organization").asText());
        assertThat(r.metadata().year()).isEqualTo(exp.get("year").asInt());
        if (exp.has("date")) {
            assertThat(r.metadata().date()).isEqualTo(LocalDate.parse(exp.get("date").asText()));
        }
        // a page's publication date only where the page itself says it; an exported document says nothing
        assertThat(r.metadata().published())
                .isEqualTo(exp.has("published") ? LocalDate.parse(exp.get("published").asText()) : null);
    }

    private static void assertExpectedCells(Report r, String name) throws Exception {
        JsonNode cells = new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile()).get("cells");
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Cell c = r.cells().get(e.getKey());
            assertThat(c).as(e.getKey()).isNotNull();
            if (e.getValue().isNull()) {
                assertThat(c.value()).as(e.getKey()).isNull();
            } else if (e.getValue().isNumber()) {
                assertThat(c.value()).as(e.getKey()).isEqualByComparingTo(e.getValue().decimalValue());
            }
        }
    }

    @Test
    void rowspanAndColspanAreResolvedIntoTheLogicalGrid() throws Exception {
        SourceDocument doc = source("<p>标题</p><table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr>"
                + "<tr><td>C</td><td>D<br>E&nbsp;F</td></tr><tr><td>G</td><td colspan=\"x\">H</td><td>I</td></tr>"
                + "</table><p>结尾</p>");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly("标题", "结尾");
        SourceTable t = doc.tables().get(0);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.text(1, 0)).isEqualTo("A");
        assertThat(t.cell(1, 0)).isSameAs(t.cell(0, 0));
        assertThat(t.text(0, 2)).isEqualTo("B");
        assertThat(t.text(1, 1)).isEqualTo("C");
        assertThat(t.text(1, 2)).isEqualTo("D\nE F");
        assertThat(t.text(2, 1)).isEqualTo("H");
        assertThat(t.location(1, 2).describe()).isEqualTo("第1个表格第2行第3列");
    }

    @Test
    void nestedTablesStayInsideTheirCellAndScriptsAreSkipped() throws Exception {
        SourceDocument doc = source("<script>var x = '<p>no</p>';</script><style>p{}</style><nav>首页</nav>"
                + "<div>一、总体情况<div>正文</div></div><table><tr><td><table><tr><td>1</td><td>2</td></tr>"
                + "</table></td><td>3</td></tr></table><table><tr><td>x</td></tr></table>");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly("一、总体情况", "正文");
        assertThat(doc.tables()).hasSize(2);
        SourceTable t = doc.tables().get(0);
        assertThat(t.columnCount()).isEqualTo(2);
        assertThat(t.text(0, 0)).contains("1").contains("2");
        assertThat(t.text(0, 1)).isEqualTo("3");
        assertThat(doc.tables().get(1).number()).isEqualTo(2);
    }

    @Test
    void theReportIsFoundInsideTheSiteTemplateWithoutSiteSelectors() throws Exception {
        SourceDocument doc = source("<div class=nav><a href=/>首页</a><p>政务公开</p>"
                + "<a href=/x>某县2022年政府信息公开工作年度报告</a></div>"
                + "<div class=head><div class=t>某县2023年政府信息公开工作年度报告</div><span>时间：2024-03-08</span>"
                + "<span>分享到微信</span></div>"
                + "<div class=box><p>一、总体情况</p><table><tr><td>1</td></tr></table><p>二、其他</p>"
                + "<table><tr><td>2</td></tr></table><p>六、其他需要报告的事项</p></div>"
                + "<div class=foot><p>扫一扫在手机上查看当前页面</p></div>");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text)
                .containsExactly("某县2023年政府信息公开工作年度报告", "一、总体情况", "二、其他", "六、其他需要报告的事项");
        assertThat(doc.tables()).extracting(SourceTable::number).containsExactly(1, 2);
        // a page whose title sits inside the article: read from the title on
        SourceDocument inside = source("<p>导航</p><div><p>2023年度报告</p><p>正文</p></div>");
        assertThat(inside.paragraphs()).extracting(SourceParagraph::text).containsExactly("2023年度报告", "正文");
        // no title at all: the whole body, nothing invented
        assertThat(source("<p>导航</p><p>正文</p>").paragraphs()).hasSize(2);
    }

    @Test
    void aTableOverTheLimitIsRefusedWithTheSetting() {
        StringBuilder html = new StringBuilder("<table>");
        for (int r = 0; r < 50; r++) {
            html.append("<tr><td colspan=64>x</td><td colspan=64>y</td></tr>");
        }
        html.append("</table>");
        HtmlSourceReader reader = new HtmlSourceReader(ReadLimits.DEFAULT.withMaxTableCells(1000));
        assertThatThrownBy(() -> reader.read(html.toString().getBytes(StandardCharsets.UTF_8), "big.html"))
                .isInstanceOf(LimitRefusals.Exceeded.class).hasMessageContaining("第 1 个表格")
                .satisfies(e -> assertThat(((LimitRefusals.Exceeded) e).refusal().limit()).contains("maxTableCells"));
    }

    @Test
    void aPageDeclaredGb2312IsDecodedAsGb18030() throws Exception {
        // 𠀀 (U+20000) and € exist in GB18030 only: a GB2312 decoder would lose them
        String page = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>报告𠀀€</p></body></html>";
        SourceDocument doc = new HtmlSourceReader(ReadLimits.DEFAULT).read(page.getBytes("GB18030"), "gb.html");
        assertThat(doc.paragraphs().get(0).text()).isEqualTo("报告𠀀€");
    }

    @Test
    void aPageWithoutDeclarationInGbkIsDetected() throws Exception {
        String page = "<html><body><p>金湖县人民政府2023年政府信息公开工作年度报告</p><p>一、总体情况</p></body></html>";
        SourceDocument gbk = new HtmlSourceReader(ReadLimits.DEFAULT).read(page.getBytes("GBK"), "gbk.html");
        assertThat(gbk.paragraphs()).extracting(SourceParagraph::text)
                .containsExactly("金湖县人民政府2023年政府信息公开工作年度报告", "一、总体情况");
        // the same page in UTF-8, undeclared, stays UTF-8
        assertThat(source(page).paragraphs().get(1).text()).isEqualTo("一、总体情况");
    }

    @Test
    void aByteOrderMarkBeatsTheCharsetNamedOutsideThePageAndAnUnknownNameIsIgnored() throws Exception {
        HtmlSourceReader reader = new HtmlSourceReader(ReadLimits.DEFAULT);
        byte[] text = "<html><body><p>年度报告</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        // 年度报告's UTF-8 bytes are valid GB18030: without the mark's word the header would be believed
        assertThat(reader.read(marked, "gbk", "p.html", "html").paragraphs().get(0).text()).isEqualTo("年度报告");
        assertThat(reader.read(text, "gbk", "p.html", "html").paragraphs().get(0).text()).isNotEqualTo("年度报告");
        // a header's charset Java cannot even name is no declaration (and no reason to refuse the page)
        assertThat(reader.read(text, "utf 8", "p.html", "html").paragraphs().get(0).text()).isEqualTo("年度报告");
    }

    @Test
    void theLibreOfficeGb18030ExportIsDecodedWithoutReplacementCharacters() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(CORPUS.resolve("jinhu2023.gb18030.html"));
        SourceDocument doc = new HtmlSourceReader(ReadLimits.DEFAULT).read(bytes, "jinhu2023.gb18030.html");
        SourceDocument utf8 = new HtmlSourceReader(ReadLimits.DEFAULT).read(
                java.nio.file.Files.readAllBytes(CORPUS.resolve("jinhu2023.html")), "jinhu2023.html");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text)
                .containsExactlyElementsOf(utf8.paragraphs().stream().map(SourceParagraph::text).toList())
                .noneMatch(t -> t.contains("\uFFFD"));
    }

    @Test
    void aTablePastedAsAPictureIsMissingWithThePicturesAddress() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(CORPUS.resolve("jinhu2023.html").toFile(), "UTF-8");
        org.jsoup.select.Elements tables = page.select("table:not(table table)");
        tables.get(1).before("<p><img src=\"ndbg2023.files/image002.png\" width=\"600\" height=\"420\"></p>");
        tables.get(1).remove(); // table 三, as sites print it when the report was pasted as screenshots
        page.body().prependElement("img").attr("src", "/images/logo-icon.png").attr("width", "32");
        Report r = DisclosureReports.defaults().reader().read(new java.io.ByteArrayInputStream(
                page.outerHtml().getBytes(StandardCharsets.UTF_8)), "pictured.html");
        assertThat(r.cells().keySet()).noneMatch(id -> id.startsWith("T3:")).anyMatch(id -> id.startsWith("T4:"));
        assertThat(r.cell("T2:normative:issued").orElseThrow().value()).isEqualByComparingTo(
                read("jinhu2023.docx").cell("T2:normative:issued").orElseThrow().value());
        assertThat(r.notes()).filteredOn(n -> n.code() == io.github.disclosurereport.model.ReadNote.Code.TABLE_MISSING)
                .singleElement().satisfies(n -> {
                    assertThat(n.message()).isEqualTo("第三部分“收到和处理政府信息公开申请情况”的表格是一张图片"
                            + "（ndbg2023.files/image002.png），不是文字表格，该表数据无法读取");
                    assertThat(n.cells()).contains("T3:R1:total");
                });
        assertThat(DisclosureReports.defaults().validator().validate(r).findings())
                .filteredOn(f -> f.rule().equals("S4")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ndbg2023.files/image002.png"));
    }

    @Test
    void aSiteLaidOutInTablesIsReadThroughItsLayoutToTheReportsTables() throws Exception {
        // an older site: navigation, the article and the footer are cells of one big table, the title in another
        // cell than the report's text, the report's tables nested two layout tables deep
        org.jsoup.nodes.Document jinhu = org.jsoup.Jsoup.parse(CORPUS.resolve("jinhu2023.html").toFile(), "UTF-8");
        String report = jinhu.body().html();
        String page = "<html><head><meta charset=utf-8><title>金湖县人民政府</title></head><body>"
                + "<table width=980><tr><td><table><tr><td><a href=/>首页</a></td><td><a href=/gk>政务公开</a></td></tr>"
                + "<tr><td colspan=2>当前位置：首页 &gt; 政府信息公开年报</td></tr></table></td></tr>"
                + "<tr><td><table width=900><tr><td>来源：县政府办 发布时间：2024-01-20</td></tr>"
                + "<tr><td class=article>" + report + "</td></tr></table></td></tr>"
                + "<tr><td><table><tr><td>主办单位：金湖县人民政府</td></tr><tr><td>版权所有</td></tr></table></td></tr>"
                + "</table></body></html>";
        Report laidOut = DisclosureReports.defaults().reader().read(new java.io.ByteArrayInputStream(
                page.getBytes(StandardCharsets.UTF_8)), "layout.html");
        Report docx = read("jinhu2023.docx");
        assertThat(laidOut.cells()).hasSize(200);
        for (Cell c : docx.cells().values()) {
            Cell h = laidOut.cells().get(c.id());
            assertThat(h.value() == null ? null : h.value().stripTrailingZeros()).as(c.id())
                    .isEqualTo(c.value() == null ? null : c.value().stripTrailingZeros());
        }
        assertThat(laidOut.metadata().title()).isEqualTo(docx.metadata().title());
        assertThat(laidOut.metadata().published()).isEqualTo(LocalDate.of(2024, 1, 20));
    }
}
