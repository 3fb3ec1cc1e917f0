package io.github.disclosurereport.write;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportConverter;
import io.github.disclosurereport.TemplateFiller;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.validate.Finding;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever we read, we write in the official form and read back unchanged. */
class RoundTripTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");

    @TempDir
    Path dir;

    static Map<String, String> values(Map<String, Cell> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        cells.values().forEach(c -> out.put(c.id(), c.state() + " " + (c.state() == CellState.NUMBER
                ? c.value().stripTrailingZeros().toPlainString() : c.raw().strip())));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "seed-2017-huancui-cdpf.docx", "wuhan-eeb2020.docx",
            "seed-2017-statistics.xls"})
    void exportedWorkbookReadsBackToTheSameReport(String file) throws Exception {
        Report r = DisclosureReports.read(CORPUS.resolve(file));
        Path out = dir.resolve("out.xlsx");
        DisclosureReports.defaults().xlsxExporter().export(r, List.of(), out);
        Report back = DisclosureReports.read(out);
        assertThat(back.format()).isEqualTo(r.format());
        assertThat(values(back.cells())).isEqualTo(values(r.cells()));
        assertThat(back.metadata().organization()).isEqualTo(r.metadata().organization());
        assertThat(back.metadata().year()).isEqualTo(r.metadata().year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "jinhu2023.doc", "seed-2017-huancui-cdpf.docx", "wuhan-eeb2020.docx",
            "seed-2017-statistics.xlsx"})
    void convertedReportReadsBackWithEveryValueTheTargetFormCarries(String file) throws Exception {
        Report r = DisclosureReports.read(CORPUS.resolve(file));
        ReportConverter.Conversion conv = DisclosureReports.defaults().converter().toCurrent(r);
        Path out = dir.resolve("converted.docx");
        DisclosureReports.defaults().docxWriter().write(conv.report(), out);
        Report back = DisclosureReports.read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(back.cells()).hasSize(200);
        assertThat(values(back.cells())).isEqualTo(values(conv.report().cells()));
        assertThat(back.sections()).extracting(Section::number).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(back.metadata().organization()).isEqualTo(r.metadata().organization());
        assertThat(back.metadata().year()).isEqualTo(r.metadata().year());
        if (r.format() == ReportFormat.CURRENT_2021) {
            assertThat(values(back.cells())).isEqualTo(values(r.cells()));
            assertThat(back.sections().get(0).paragraphs()).isNotEmpty();
        }
    }

    @Test
    void theOfficialWpsTemplateFilledFromJinhuReadsBackToJinhusValues() throws Exception {
        Report jinhu = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        Path out = dir.resolve("filled.docx");
        TemplateFiller.Result result = DisclosureReports.defaults().templateFiller().fill(TEMPLATE, jinhu, out);
        assertThat(result.filledCells()).hasSize(200);
        assertThat(result.unplacedCells()).isEmpty();
        Report back = DisclosureReports.read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(values(back.cells())).isEqualTo(values(jinhu.cells()));
        assertThat(back.metadata().title()).isEqualTo(jinhu.metadata().title());
        assertThat(back.section("总体情况").orElseThrow().text()).contains("全县共收到政府信息公开申请143件");
        assertThat(back.section("其他需要报告").orElseThrow().text()).contains("本年度未收取信息处理费");
        // the template itself is untouched
        assertThat(DisclosureReports.read(TEMPLATE).cells().values()).allMatch(c -> c.state() == CellState.EMPTY);
    }

    @Test
    void aLegacyReportGoesIntoThe2021TemplateThroughTheConversion() throws Exception {
        Report legacy = DisclosureReports.read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        Path out = dir.resolve("filled-legacy.docx");
        TemplateFiller.Result result = DisclosureReports.defaults().templateFiller().fill(TEMPLATE, legacy, out);
        assertThat(result.conversionNotes()).extracting(Finding::rule).contains("C1");
        assertThat(result.unplacedCells()).isEmpty();
        Report back = DisclosureReports.read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(back.metadata().title()).isEqualTo("威海市环翠区残疾人联合会2017年政府信息公开工作年度报告");
        assertThat(back.preamble()).extracting(p -> p.text()).singleElement().asString().startsWith("根据《中华人民共和国政府信息公开条例》");
        assertThat(back.section("总体情况").orElseThrow().text()).contains("（一）概述").contains("区残联认真贯彻执行");
        assertThat(back.section("存在的主要问题").orElseThrow().text()).contains("有些信息处理程序还不够规范");
    }

    @Test
    void correctionFillsACertainBlankTotalAndLeavesEverythingElseAsItWas() throws Exception {
        // jinhu with its 行政复议 总计 blanked: the parts (1, 0, 6, 0) are all filled, so 7 is certain
        Path broken = dir.resolve("broken.docx");
        Report jinhu = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        Cell total = jinhu.cells().get("T4:review:total");
        try (InputStream in = Files.newInputStream(CORPUS.resolve("jinhu2023.docx"));
             XWPFDocument doc = new XWPFDocument(in); OutputStream os = Files.newOutputStream(broken)) {
            var l = total.location();
            DocxCells.setText(DocxBody.of(doc, "jinhu2023.docx", ReadLimits.DEFAULT).table(l.table()).wordCell(l.row() - 1, l.column() - 1), "");
            doc.write(os);
        }
        byte[] before = Files.readAllBytes(broken);
        Path out = dir.resolve("corrected.docx");
        List<Correction> changes = DisclosureReports.defaults().corrector().correct(broken, out);
        assertThat(changes).extracting(Correction::cellId).containsExactly("T4:review:total");
        assertThat(changes.get(0).after()).isEqualTo("7");
        assertThat(Files.readAllBytes(broken)).isEqualTo(before);
        Report back = DisclosureReports.read(out);
        assertThat(values(back.cells())).isEqualTo(values(jinhu.cells()));
        try (ZipFile a = new ZipFile(broken.toFile()); ZipFile b = new ZipFile(out.toFile())) {
            for (String part : List.of("word/styles.xml", "word/fontTable.xml", "word/settings.xml")) {
                assertThat(b.getInputStream(b.getEntry(part)).readAllBytes()).as(part)
                        .isEqualTo(a.getInputStream(a.getEntry(part)).readAllBytes());
            }
        }
    }

    @Test
    void aReportWithNothingToCorrectIsNotWritten() throws Exception {
        // (LibreOffice printing of filled and corrected documents: PrintedPagesTest)
        Path corrected = dir.resolve("corrected.docx");
        assertThat(DisclosureReports.defaults().corrector()
                .correct(CORPUS.resolve("seed-2017-huancui-cdpf.docx"), corrected)).isEmpty();
        assertThat(corrected).doesNotExist();
        var stream = new java.io.ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(CORPUS.resolve("jinhu2023.docx"))) {
            assertThat(DisclosureReports.defaults().corrector().correct(in, "jinhu2023.docx", stream)).isEmpty();
        }
        assertThat(stream.size()).isZero();
    }

    @Test
    void fillRefusesAFilledReportAsTemplateAndABlankTemplateAsReport() throws Exception {
        Report jinhu = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        Report blank = DisclosureReports.read(TEMPLATE);
        Path out = dir.resolve("filled.docx");
        assertThatThrownBy(() -> DisclosureReports.defaults().templateFiller()
                .fill(CORPUS.resolve("jinhu2023.docx"), blank, out))
                .isInstanceOfSatisfying(ReportReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReportReadException.Reason.NOT_A_TEMPLATE))
                .hasMessageContaining("jinhu2023.docx").hasMessageContaining("参数顺序").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> DisclosureReports.defaults().templateFiller().fill(TEMPLATE, blank, out))
                .isInstanceOfSatisfying(ReportReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReportReadException.Reason.NOT_A_REPORT));
        // a filled report as template, even the right way round otherwise: its text would be written over
        Path filled = dir.resolve("once.docx");
        DisclosureReports.defaults().templateFiller().fill(TEMPLATE, jinhu, filled);
        assertThatThrownBy(() -> DisclosureReports.defaults().templateFiller().fill(filled, jinhu, out))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("正文");
        assertThat(out).doesNotExist();
    }

    @Test
    void fillKeepsTheSignOffThatConvertKeeps() throws Exception {
        Report seed = DisclosureReports.read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        Path filled = dir.resolve("seed-filled.docx");
        DisclosureReports.defaults().templateFiller().fill(TEMPLATE, seed, filled);
        Report back = DisclosureReports.read(filled);
        assertThat(back.metadata().organization()).isEqualTo("威海市环翠区残疾人联合会");
        assertThat(back.metadata().date()).isEqualTo(java.time.LocalDate.of(2018, 3, 18));
        // the title as convert rebuilds it for the 2021 format, broken over two lines and read back whole
        assertThat(back.metadata().title()).isEqualTo(
                DisclosureReports.defaults().converter().toCurrent(seed).report().metadata().title());
    }
}
