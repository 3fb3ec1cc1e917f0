package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.ReportJson;
import io.github.disclosurereport.validate.Finding;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A provincial variant as data, used end to end: read → validate → export → read back (wuhan-eeb2020, Hubei). */
class VariantEndToEndTest {

    private static final Path WUHAN = CorpusEndToEndTest.CORPUS.resolve("wuhan-eeb2020.docx");
    private static final FormSet HUBEI = FormSet.standard().withForm(Forms.variant("hubei-trial-2019"));
    private static final List<String> OTHER_DOCS = List.of("T2:other_docs:new_made", "T2:other_docs:new_published",
            "T2:other_docs:total_published");

    private static Report readWithHubei() throws Exception {
        return DisclosureReports.defaults().withForms(HUBEI).reader().read(WUHAN);
    }

    private static void assertExpectedCells(Report r) throws Exception {
        JsonNode exp = CorpusEndToEndTest.expected("wuhan-eeb2020");
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.path("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Cell c = r.cells().get(e.getKey());
            assertThat(c).as(e.getKey()).isNotNull();
            if (e.getValue().isNull()) {
                assertThat(c.value()).as(e.getKey()).isNull();
            } else {
                assertThat(c.value()).as(e.getKey()).isEqualByComparingTo(e.getValue().decimalValue());
            }
        }
    }

    private static void assertOtherDocs(Report r) {
        assertThat(OTHER_DOCS.stream().map(id -> r.cells().get(id)).toList())
                .allSatisfy(c -> assertThat(c).isNotNull().extracting(Cell::state).isEqualTo(CellState.NUMBER))
                .extracting(Cell::value).extracting(BigDecimal::intValue).containsExactly(186, 86, 255);
    }

    @Test
    void standardFormsKeepTheHubeiRowAsAnExtraRow() throws Exception {
        Report r = DisclosureReports.defaults().reader().read(WUHAN);
        assertThat(r.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(r.source().form()).isSameAs(Forms.trial2019());
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW).singleElement()
                .extracting(ReadNote::message).asString().contains("其他主动公开文件");
        assertThat(r.genericTables()).hasSize(1);
        assertThat(r.cells().keySet()).doesNotContainAnyElementsOf(OTHER_DOCS);
        assertExpectedCells(r);
        assertThat(DisclosureReports.defaults().validator().validate(r).ofRule("S3")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("其他主动公开文件"));
    }

    @Test
    void theHubeiVariantReadsTheRowAsFormCells() throws Exception {
        Report r = readWithHubei();
        assertThat(r.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(r.source().formName()).isEqualTo("hubei-trial-2019");
        assertOtherDocs(r);
        assertThat(r.notes()).extracting(ReadNote::code).doesNotContain(ReadNote.Code.EXTRA_ROW);
        assertThat(r.genericTables()).isEmpty();
        assertExpectedCells(r);
        // the variant's cells sit in form order, after 规范性文件 of block (一)
        List<String> ids = List.copyOf(r.cells().keySet());
        assertThat(ids.indexOf("T2:other_docs:new_made")).isEqualTo(ids.indexOf("T2:normative:total_published") + 1);
        // the JSON of the report names its form too
        assertThat(ReportJson.fromJson(ReportJson.toJson(r), FormSet.standard()).source().formName()).isEqualTo("hubei-trial-2019");
        // the image tables are still missing, whichever form
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.TABLE_MISSING).hasSize(2);
    }

    @Test
    void theValidatorUsesTheFormTheReportWasReadWith() throws Exception {
        Report r = readWithHubei();
        List<Finding> configured = DisclosureReports.defaults().withForms(HUBEI).validator().validate(r).ofRule("S3");
        assertThat(configured).isEmpty();
        // a validator not told about the variant still takes it from the report (bundled variant, by name)
        assertThat(DisclosureReports.defaults().validator().validate(r).ofRule("S3")).isEmpty();
        // the built-in-form report validated by the Hubei validator keeps its warning: it was read without the row
        assertThat(DisclosureReports.defaults().withForms(HUBEI).validator().validate(DisclosureReports.defaults().reader().read(WUHAN)).ofRule("S3"))
                .isNotEmpty();
    }

    @Test
    void exportingWithTheVariantAndReadingBackKeepsTheVariantCells(@TempDir Path dir) throws Exception {
        Report r = readWithHubei();
        Path xlsx = dir.resolve("wuhan.xlsx");
        List<Finding> findings = DisclosureReports.defaults().withForms(HUBEI).validator().validate(r).findings();
        DisclosureReports.defaults().withForms(HUBEI).xlsxExporter().export(r, findings, xlsx);

        // read back by a reader not told about the variant: the id sheet names the form
        Report back = DisclosureReports.defaults().reader().read(xlsx);
        assertThat(back.source().formName()).isEqualTo("hubei-trial-2019");
        assertOtherDocs(back);
        assertExpectedCells(back);
        assertThat(back.cells().keySet()).containsExactlyElementsOf(r.cells().keySet());
        Report backConfigured = DisclosureReports.defaults().withForms(HUBEI).reader().read(xlsx);
        assertThat(backConfigured.cells()).isEqualTo(back.cells());
    }

    @Test
    void convertingTo2021KeepsTheVariantRowAsPrintedWithAWarning() throws Exception {
        var conv = DisclosureReports.defaults().converter().toCurrent(readWithHubei());
        assertThat(conv.report().source().form()).isSameAs(Forms.current2021());
        assertThat(conv.report().cells().keySet()).doesNotContainAnyElementsOf(OTHER_DOCS);
        GenericTable kept = conv.report().genericTables().get(conv.report().genericTables().size() - 1);
        assertThat(kept.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("其他主动公开文件");
            assertThat(row.values()).extracting(Cell::value).extracting(BigDecimal::intValue)
                    .containsExactly(186, 86, 255);
        });
        assertThat(kept.columns()).containsExactly("本年新制作数量", "本年新公开数量", "对外公开总数量");
        // the note names the variant's cells in its message: they have no 2021 cell to list
        assertThat(conv.notes()).filteredOn(n -> OTHER_DOCS.stream().allMatch(n.message()::contains)).singleElement()
                .satisfies(n -> {
                    assertThat(n.rule()).isEqualTo("C1");
                    assertThat(n.cells()).isEmpty();
                    assertThat(n.message()).contains("其他主动公开文件").contains("186");
                });
        // read with the national form, the row was already a generic table: nothing more to report
        var national = DisclosureReports.defaults().converter().toCurrent(DisclosureReports.defaults().reader().read(WUHAN));
        assertThat(national.notes()).noneMatch(n -> n.message().contains("本省格式"));
    }

    @Test
    void exportingWithTheStandardFormsLaysOutNoVariantRow(@TempDir Path dir) throws Exception {
        Report r = DisclosureReports.defaults().reader().read(WUHAN);
        Path xlsx = dir.resolve("wuhan.xlsx");
        DisclosureReports.defaults().withForms(HUBEI).xlsxExporter().export(r, null, xlsx);
        Report back = DisclosureReports.defaults().withForms(HUBEI).reader().read(xlsx);
        assertThat(back.source().form()).isSameAs(Forms.trial2019());
        assertThat(back.cells().keySet()).doesNotContainAnyElementsOf(OTHER_DOCS);
        assertExpectedCells(back);
    }

    /** The sheet names of a workbook, and the title row of each table's sheet. */
    private static Map<String, String> sheetTitles(Path xlsx) throws Exception {
        Map<String, String> titles = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet s : wb) {
                if (s.getSheetName().startsWith("表")) {
                    titles.put(s.getSheetName(), s.getRow(0).getCell(0).getStringCellValue());
                }
            }
        }
        return titles;
    }

    @Test
    void aVariantWithoutCaptionsNamesItsTablesAsTheNationalFormDoes(@TempDir Path dir) throws Exception {
        Report r = readWithHubei();
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.TABLE_MISSING).extracting(ReadNote::message)
                .containsExactly("未找到第三部分“收到和处理政府信息公开申请情况”的表格（可能以图片形式插入或被省略），该表数据无法读取",
                        "未找到第四部分“政府信息公开行政复议、行政诉讼情况”的表格（可能以图片形式插入或被省略），该表数据无法读取");
        Path xlsx = dir.resolve("wuhan.xlsx");
        DisclosureReports.defaults().withForms(HUBEI).xlsxExporter().export(r, null, xlsx);
        assertThat(sheetTitles(xlsx)).containsExactly(
                Map.entry("表二 主动公开", "二、主动公开政府信息情况"),
                Map.entry("表三 依申请公开", "三、收到和处理政府信息公开申请情况"),
                Map.entry("表四 复议诉讼", "四、政府信息公开行政复议、行政诉讼情况"));
    }

    @Test
    void aVariantsOwnCaptionNamesItsTableInNotesFindingsAndSheets(@TempDir Path dir) throws Exception {
        String text;
        try (var in = Forms.class.getResourceAsStream("variants/hubei-trial-2019.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the Hubei form, with a title and a sheet name of its own for T3 (its number stays the national 三)
        text += "T3\tcaption\ttitle\t\t-\t\t依申请公开政府信息情况\n"
                + "T3\tcaption\tshort\t\t-\t\t依申请\n";
        FormSet captioned = FormSet.standard().withForm(Forms.loadDeclared("hubei-captioned",
                text.getBytes(StandardCharsets.UTF_8)));
        DisclosureReports dr = DisclosureReports.defaults().withForms(captioned);
        Report r = dr.reader().read(WUHAN);
        assertOtherDocs(r);
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.TABLE_MISSING).extracting(ReadNote::message)
                .containsExactly("未找到第三部分“依申请公开政府信息情况”的表格（可能以图片形式插入或被省略），该表数据无法读取",
                        "未找到第四部分“政府信息公开行政复议、行政诉讼情况”的表格（可能以图片形式插入或被省略），该表数据无法读取");
        List<Finding> findings = dr.validator().validate(r).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("S4")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("缺少表格：未找到第三部分“依申请公开政府信息情况”的表格"));

        Path xlsx = dir.resolve("wuhan.xlsx");
        dr.xlsxExporter().export(r, findings, xlsx);
        assertThat(sheetTitles(xlsx)).containsExactly(
                Map.entry("表二 主动公开", "二、主动公开政府信息情况"),
                Map.entry("表三 依申请", "三、依申请公开政府信息情况"),
                Map.entry("表四 复议诉讼", "四、政府信息公开行政复议、行政诉讼情况"));
        // the workbook reads back with the variant, whatever its sheets are called
        Report back = dr.reader().read(xlsx);
        assertThat(back.source().formName()).isEqualTo("hubei-captioned");
        assertThat(back.cells().keySet()).containsExactlyElementsOf(r.cells().keySet());
        assertOtherDocs(back);
    }
}
