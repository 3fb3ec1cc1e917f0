package io.github.disclosurereport.read.source;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corpus PDFs (printed by LibreOffice from the corpus documents) read to exactly their expected values and to
 * the same model as their Word twins; a scan without a text layer is refused.
 */
class PdfSourceReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Report read(String file) throws Exception {
        return DisclosureReports.defaults().reader().read(CORPUS.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023", "seed-2017-huancui-cdpf", "wuhan-eeb2020"})
    void eachCorpusPdfReadsToItsExpectedValuesAndToTheModelOfItsWordTwin(String name) throws Exception {
        Report pdf = read(name + ".pdf");
        JsonNode exp = new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile());
        assertThat(pdf.source().fileType()).isEqualTo("pdf");
        assertThat(pdf.format().name()).isEqualTo(exp.get("format").asText());
        assertThat(pdf.metadata().organization()).isEqualTo(exp.get("organization").asText());
        assertThat(pdf.metadata().year()).isEqualTo(exp.get("year").asInt());
        if (exp.has("date")) {
            assertThat(pdf.metadata().date()).isEqualTo(LocalDate.parse(exp.get("date").asText()));
        }
        if (exp.has("title")) {
            assertThat(pdf.metadata().title()).isEqualTo(exp.get("title").asText());
        }
        JsonNode cells = exp.get("cells");
        assertThat(pdf.cells()).hasSize(cells.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Cell c = pdf.cells().get(e.getKey());
            assertThat(c).as(e.getKey()).isNotNull();
            if (e.getValue().isNull()) {
                assertThat(c.value()).as(e.getKey()).isNull();
            } else {
                assertThat(c.value()).as(e.getKey()).isEqualByComparingTo(e.getValue().decimalValue());
            }
        }
        // the same model as the .docx: every cell's state and raw text, the sections, the sign-off, the notes
        Report docx = read(name + ".docx");
        assertThat(pdf.cells().keySet()).containsExactlyElementsOf(docx.cells().keySet());
        for (Cell c : docx.cells().values()) {
            Cell p = pdf.cells().get(c.id());
            assertThat(p.state()).as(c.id()).isEqualTo(c.state());
            assertThat(p.raw().strip()).as(c.id()).isEqualTo(c.raw().strip());
            // the same table, row and column, and the page it is printed on
            assertThat(p.location().table()).as(c.id()).isEqualTo(c.location().table());
            assertThat(p.location().row()).as(c.id()).isEqualTo(c.location().row());
            assertThat(p.location().column()).as(c.id()).isEqualTo(c.location().column());
            assertThat(p.location().page()).as(c.id()).isPositive();
        }
        assertThat(pdf.metadata().title()).isEqualTo(docx.metadata().title());
        assertThat(pdf.metadata().date()).isEqualTo(docx.metadata().date());
        assertThat(sections(pdf)).isEqualTo(sections(docx));
        assertThat(pdf.notes().stream().map(n -> n.code() + " " + n.message()).toList())
                .isEqualTo(docx.notes().stream().map(n -> n.code() + " " + n.message()).toList());
    }

    /**
     * The corpus documents printed otherwise (see {@code testutil.PdfPrinter}): justified lines spread character by
     * character, first-line indents, a running header and page numbers, landscape pages, borders drawn as thin
     * boxes, a table's header repeated on each page, merged cells cut by page breaks, numbers wrapped in a narrow
     * column. Each reads to the same model as its Word original.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023-wps-style.pdf:jinhu2023", "jinhu2023-landscape.pdf:jinhu2023",
            "seed-2017-justified.pdf:seed-2017-huancui-cdpf"})
    void pdfsPrintedWithOtherSettingsReadToTheModelOfTheirWordOriginal(String pair) throws Exception {
        String[] p = pair.split(":");
        Report pdf = DisclosureReports.defaults().reader().read(Path.of("src/test/resources/pdf", p[0]));
        Report docx = read(p[1] + ".docx");
        assertThat(pdf.format()).isEqualTo(docx.format());
        assertThat(pdf.metadata()).isEqualTo(docx.metadata());
        assertThat(pdf.cells().keySet()).containsExactlyElementsOf(docx.cells().keySet());
        for (Cell c : docx.cells().values()) {
            Cell q = pdf.cells().get(c.id());
            assertThat(q.state()).as(c.id()).isEqualTo(c.state());
            assertThat(q.raw().strip()).as(c.id()).isEqualTo(c.raw().strip());
            assertThat(q.location().row()).as(c.id()).isEqualTo(c.location().row());
        }
        assertThat(sections(pdf)).isEqualTo(sections(docx));
        assertThat(pdf.signOff()).isEqualTo(docx.signOff());
    }

    @Test
    void landscapePagesPrintedTurnedOnAPortraitSheetReadAsTheyAreSeen() throws Exception {
        // what some printers make of a landscape page: a portrait sheet with /Rotate 90 and the content turned
        ByteArrayOutputStream turned = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of("src/test/resources/pdf/jinhu2023-landscape.pdf")))) {
            for (PDPage page : doc.getPages()) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND,
                        false)) {
                    cs.transform(new Matrix(0, 1, -1, 0, h, 0));
                }
                page.setMediaBox(new PDRectangle(h, w));
                page.setRotation(90);
            }
            doc.save(turned);
        }
        Report pdf = DisclosureReports.defaults().reader().read(new ByteArrayInputStream(turned.toByteArray()), "t.pdf");
        Report docx = read("jinhu2023.docx");
        assertThat(pdf.metadata()).isEqualTo(docx.metadata());
        assertThat(CorpusValues.of(pdf)).isEqualTo(CorpusValues.of(docx));
        assertThat(sections(pdf)).isEqualTo(sections(docx));
    }

    /** Cells without their locations: id → state and raw text. */
    private static final class CorpusValues {
        static Map<String, String> of(Report r) {
            return r.cells().values().stream().collect(Collectors.toMap(Cell::id, c -> c.state() + " " + c.raw().strip(),
                    (a, b) -> a, java.util.LinkedHashMap::new));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-1-", "- 1 -", "— 1 —", "－ 12 －", "第 1 页", "第1页 共4页", "第 3 页，共 9 页", "3/9",
            "Page 2 of 5"})
    void pageNumbersAreKnownAsSuch(String printed) {
        assertThat(PdfText.isPageNumber(printed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年", "一、总体情况", "第二十条第（一）项", "143件", "（注：各子栏目数总数要等于总栏目数量）"})
    void textIsNoPageNumber(String printed) {
        assertThat(PdfText.isPageNumber(printed)).isFalse();
    }

    @Test
    void aFindingPointsAtThePageTheCellIsPrintedOn() throws Exception {
        Report pdf = read("jinhu2023.pdf");
        Finding a4 = DisclosureReports.validate(pdf).findings().stream().filter(f -> f.rule().equals("A4"))
                .findFirst().orElseThrow();
        assertThat(a4.cells()).contains("T4:direct:total");
        assertThat(a4.location().describe()).isEqualTo("第3页第3个表格第4行第10列");
        // the 2021 table 三 runs over pages 1 to 3: its rows know their pages
        assertThat(pdf.cell("T3:R1:natural").orElseThrow().location().page()).isEqualTo(2);
        assertThat(pdf.cell("T3:R3.4.3:natural").orElseThrow().location().page()).isEqualTo(3);
        assertThat(DisclosureReports.validate(pdf).findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule() + " " + f.cells().get(0)).toList()).containsExactly("A4 T4:direct:total");
    }

    @Test
    void aScanWithoutATextLayerIsRefusedInOneLine() {
        assertThatThrownBy(() -> read("scanned-jinhu2023.pdf")).isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(((ReportReadException) e).reason()).isEqualTo(Reason.UNSUPPORTED_TYPE))
                .hasMessageContaining("扫描件，没有文字层").hasMessageNotContaining("\n");
    }

    @Test
    void aPdfOfMorePagesThanTheLimitIsRefused() throws Exception {
        byte[] pdf = Files.readAllBytes(CORPUS.resolve("jinhu2023.pdf"));
        assertThatThrownBy(() -> new PdfSourceReader(ReadLimits.DEFAULT.withMaxPages(3)).read(pdf, "j.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("j.pdf: PDF 有 4 页，超过 3 页，已按安全上限拒绝读取；正常的年度报告远小于此上限，请确认选对了文件"
                        + " / refused: over the reader's safety limit; check that this is the right file")
                .satisfies(e -> assertThat(((ReportReadException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED))
                .satisfies(e -> assertThat(((ReportReadException) e).limit()).contains("maxPages"));
    }

    static List<String> sections(Report r) {
        return r.sections().stream().map(s -> s.printedHeading() + " | " + s.paragraphs().stream()
                .map(Paragraph::text).map(t -> t.replaceAll("\\s+", "")).collect(Collectors.joining(" / "))).toList();
    }
}
