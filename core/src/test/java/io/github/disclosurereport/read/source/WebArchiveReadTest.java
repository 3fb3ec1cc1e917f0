package io.github.disclosurereport.read.source;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages as offices and crawlers keep them: saved as a single file (.mht/.mhtml, by Word or by a browser), saved
 * under a Word name, or written in another charset than they declare.
 */
class WebArchiveReadTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path WEB = Path.of("src/test/resources/web");

    private static Report read(Path file) throws Exception {
        return DisclosureReports.defaults().reader().read(file);
    }

    private static void assertSameCells(Report expected, Report actual) {
        assertThat(actual.cells().keySet()).containsExactlyElementsOf(expected.cells().keySet());
        for (Cell c : expected.cells().values()) {
            Cell a = actual.cells().get(c.id());
            assertThat(a.state()).as(c.id()).isEqualTo(c.state());
            assertThat(a.value() == null ? null : a.value().stripTrailingZeros()).as(c.id())
                    .isEqualTo(c.value() == null ? null : c.value().stripTrailingZeros());
        }
    }

    @Test
    void aWordSavedWebArchiveInGb2312QuotedPrintableReadsLikeTheDocx() throws Exception {
        // Word's "单个文件网页": a GBK preamble, the page quoted-printable in the charset its part header names,
        // and the pictures as base64 parts beside it
        Report docx = read(CORPUS.resolve("jinhu2023.docx"));
        Report mht = read(WEB.resolve("jinhu2023.word.mht"));
        assertThat(mht.cells()).hasSize(200);
        assertSameCells(docx, mht);
        assertThat(mht.source().fileType()).isEqualTo("mht");
        assertThat(mht.metadata().title()).isEqualTo(docx.metadata().title());
        assertThat(mht.metadata().organization()).isEqualTo(docx.metadata().organization());
        assertThat(mht.notes()).extracting(ReadNote::code).doesNotContain(ReadNote.Code.CONTENT_NOT_AS_NAMED);
    }

    @Test
    void aBrowserSavedMhtmlOfTheRealPageKeepsItsPublicationDate() throws Exception {
        Report page = read(CORPUS.resolve("pingtan2023.page.html"));
        Report mhtml = read(WEB.resolve("pingtan2023.chrome.mhtml"));
        assertThat(mhtml.cells()).hasSize(200);
        assertSameCells(page, mhtml);
        assertThat(mhtml.metadata().organization()).isEqualTo("平潭综合实验区");
        assertThat(mhtml.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(mhtml.cell("T3:R1:total").orElseThrow().value()).isEqualByComparingTo("81"); // its expected file
    }

    @Test
    void pagesSavedUnderAWordNameAreReadAndSaidToBeWebPages() throws Exception {
        Report mhtAsDoc = read(WEB.resolve("jinhu2023.mht-saved-as.doc"));
        assertThat(mhtAsDoc.cells()).hasSize(200);
        assertThat(mhtAsDoc.notes()).filteredOn(n -> n.code() == ReadNote.Code.CONTENT_NOT_AS_NAMED)
                .singleElement().satisfies(n -> assertThat(n.message())
                        .isEqualTo("文件名是 .doc，但内容是网页存档（MHT，“单个文件网页”），不是 Word 文档；已按网页读取。"
                                + "报送时请用 Word 或 WPS 打开后“另存为” .docx"));

        Report htmlAsDoc = read(WEB.resolve("seed-2017-huancui-cdpf.html-saved-as.doc"));
        assertSameCells(read(CORPUS.resolve("seed-2017-huancui-cdpf.docx")), htmlAsDoc);
        assertThat(htmlAsDoc.notes()).filteredOn(n -> n.code() == ReadNote.Code.CONTENT_NOT_AS_NAMED)
                .singleElement().satisfies(n -> assertThat(n.message()).startsWith("文件名是 .doc，但内容是网页（HTML）"));
    }

    @Test
    void anHtmlTableExportedUnderAnExcelNameIsReadAndSaidToBeAWebPage() throws Exception {
        // a site's 导出 button: the 统计表 as an HTML table in GB2312 with Excel's namespace, named .xls
        Report export = read(WEB.resolve("seed-2017-statistics.html-export.xls"));
        Report workbook = read(CORPUS.resolve("seed-2017-statistics.xlsx"));
        assertThat(export.cells()).isNotEmpty();
        assertSameCells(workbook, export);
        assertThat(export.source().fileType()).isEqualTo("html");
        assertThat(export.notes()).filteredOn(n -> n.code() == ReadNote.Code.CONTENT_NOT_AS_NAMED)
                .singleElement().satisfies(n -> assertThat(n.message())
                        .isEqualTo("文件名是 .xls，但内容是网页（HTML）格式的表格，不是 Excel 表格；已按网页读取。"
                                + "报送时请用 Excel 或 WPS 打开后“另存为” .xlsx"));
    }

    @Test
    void correctingOrFillingAnHtmlTableUnderAnExcelNameSaysItIsAWebPage() throws Exception {
        // "只能更正 .docx、.xlsx 或 .xls 文件" would puzzle a clerk holding an .xls: say what it really is
        Path export = WEB.resolve("seed-2017-statistics.html-export.xls");
        byte[] bytes = java.nio.file.Files.readAllBytes(export);
        DisclosureReports dr = DisclosureReports.defaults();
        String expected = "seed-2017-statistics.html-export.xls: 文件名是 .xls，但内容是网页（HTML）格式的表格，不是 Excel 表格，"
                + "无法在原文件上修改；请用 Excel 或 WPS 打开后“另存为” .xlsx 再处理 / a web page (HTML) table saved under an "
                + "Excel name; save it as .xlsx first";
        assertThatThrownBy(() -> dr.corrector().correct(new java.io.ByteArrayInputStream(bytes),
                export.getFileName().toString(), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ReportReadException.class).hasMessage(expected);
        Report report = read(CORPUS.resolve("jinhu2023.docx"));
        assertThatThrownBy(() -> dr.templateFiller().fill(new java.io.ByteArrayInputStream(bytes),
                export.getFileName().toString(), report, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ReportReadException.class).hasMessage(expected);
    }

    @Test
    void aPageDeclaredUtf8ButWrittenInGbkIsReadAsGbk() throws Exception {
        // a template copied from another site keeps its <meta charset="utf-8"> over GBK text
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>金湖县人民政府2023年政府信息公开工作年度报告</p>"
                + "<p>一、总体情况</p></body></html>";
        SourceDocument doc = new HtmlSourceReader(ReadLimits.DEFAULT).read(page.getBytes("GBK"), "wrong.html");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text)
                .containsExactly("金湖县人民政府2023年政府信息公开工作年度报告", "一、总体情况");
    }

    @Test
    void anArchiveWithoutAPageOrCutInsideIsRefusedInOneLine() {
        String onlyPicture = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        assertThatThrownBy(() -> DisclosureReports.defaults().reader().read(
                new java.io.ByteArrayInputStream(onlyPicture.getBytes(StandardCharsets.US_ASCII)), "pic.mht"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("pic.mht: 网页存档文件（MHT）中没有网页正文（HTML）")
                .hasMessageNotContaining("\n")
                .extracting(e -> ((ReportReadException) e).reason()).isEqualTo(ReportReadException.Reason.NOT_A_REPORT);
    }
}
