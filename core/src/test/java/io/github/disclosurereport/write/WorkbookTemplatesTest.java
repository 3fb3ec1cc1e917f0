package io.github.disclosurereport.write;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.TemplateFiller;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.disclosurereport.write.RoundTripTest.CORPUS;
import static io.github.disclosurereport.write.RoundTripTest.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel in and out like Word: a user's workbook template (.xlsx, .xls) filled from a report reads back to the
 * report, keeps everything of the template but the written cells, and stays of its type; a 统计表 workbook is
 * corrected in its own cells and nothing else.
 */
class WorkbookTemplatesTest {

    static final Path TEMPLATES = Path.of("src/test/resources/templates");
    static final Path SEED = CORPUS.resolve("seed-2017-huancui-cdpf.docx");
    static final Path JINHU = CORPUS.resolve("jinhu2023.docx");

    @TempDir
    Path dir;

    private final DisclosureReports dr = DisclosureReports.defaults();

    /** The 2021 workbook template: the official blank Word template exported by the library. */
    static Path blank2021Xlsx(Path dir) throws IOException {
        Path out = dir.resolve("blank-2021.xlsx");
        DisclosureReports dr = DisclosureReports.defaults();
        dr.xlsxExporter().export(dr.reader().read(RoundTripTest.TEMPLATE), List.of(), out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-statistics-blank.xlsx", "legacy-statistics-blank.xls"})
    void theSeedsBlankStatisticsWorkbookFilledFromTheSeedReadsBackToTheSeedsCells(String name) throws Exception {
        Path template = TEMPLATES.resolve(name);
        Report seed = dr.reader().read(SEED);
        Report layout = dr.reader().read(template);
        assertThat(layout.cells().values()).hasSize(78).allMatch(c -> c.state() == CellState.EMPTY);
        Path out = dir.resolve("filled-" + name);

        TemplateFiller.Result result = dr.templateFiller().fill(template, seed, out);

        assertThat(WorkbookSupport.isOle2(out)).isEqualTo(name.endsWith(".xls"));
        assertThat(result.filledCells()).containsExactly("L:1.2.2", "L:1.2.5", "L:13.2", "L:13.2.2", "L:14.1");
        assertThat(result.emptyCells()).hasSize(73);
        assertThat(result.unplacedCells()).isEmpty();
        assertThat(result.unfilledPlaces()).isEmpty();
        Report back = dr.reader().read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.LEGACY_2008);
        assertThat(values(back.cells())).isEqualTo(values(seed.cells()));
        try (Workbook before = WorkbookSupport.open(template); Workbook after = WorkbookSupport.open(out)) {
            for (String id : result.filledCells()) {
                org.apache.poi.ss.usermodel.Cell cell = sheetCell(after, layout.cells().get(id).location());
                assertThat(cell.getCellType()).as(id + " is a number, not text").isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                        .isEqualByComparingTo(seed.cells().get(id).value());
            }
            WorkbookSupport.assertUnchangedExcept(before, after, WorkbookSupport.places(layout, result.filledCells()),
                    true);
        }
    }

    @Test
    void the2021WorkbookTemplateFilledFromJinhuReadsBackToJinhusValuesWithItsOwnFormulasKept() throws Exception {
        assertJinhuFill(blank2021Xlsx(dir), "filled-2021.xlsx", false);
    }

    @Test
    void itsXlsTwinTooAndStaysAnXls() throws Exception {
        assertJinhuFill(TEMPLATES.resolve("blank-2021.xls"), "filled-2021.xls", true);
    }

    @Test
    void aFilledWorkbookGivenAsTheTemplateIsRefusedAndNotWrittenOver() throws Exception {
        // the two files the wrong way round: the office's filled 统计表 as the "template"
        Path filled = dir.resolve("filled.xls");
        dr.templateFiller().fill(TEMPLATES.resolve("blank-2021.xls"), dr.reader().read(JINHU), filled);
        Path out = dir.resolve("again.xls");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dr.templateFiller().fill(filled,
                        dr.reader().read(JINHU), out))
                .isInstanceOf(io.github.disclosurereport.read.ReportReadException.class)
                .hasMessageStartingWith("filled.xls: 模板中已有")
                .hasMessageContaining("个数字")
                .extracting(e -> ((io.github.disclosurereport.read.ReportReadException) e).reason())
                .isEqualTo(io.github.disclosurereport.read.ReportReadException.Reason.NOT_A_TEMPLATE);
        assertThat(out).doesNotExist();
    }

    private void assertJinhuFill(Path template, String outName, boolean xls) throws Exception {
        Report jinhu = dr.reader().read(JINHU);
        Report layout = dr.reader().read(template);
        assertThat(layout.cells()).hasSize(200);
        Path out = dir.resolve(outName);

        TemplateFiller.Result result = dr.templateFiller().fill(template, jinhu, out);

        assertThat(WorkbookSupport.isOle2(out)).isEqualTo(xls);
        assertThat(result.unplacedCells()).isEmpty();
        assertThat(result.emptyCells()).isEmpty();
        // jinhu prints 0 as the total of 行政诉讼 未经复议直接起诉 whose parts add up to 3: the template's formula is
        // kept, so the workbook says 3, and the place is listed with the report's 0
        assertThat(result.filledCells()).hasSize(199).doesNotContain("T4:direct:total");
        assertThat(result.unfilledPlaces()).singleElement().asString().contains("T4:direct:total")
                .contains("SUM(F6:I6)").contains("（3）").contains("“0”");
        Report back = dr.reader().read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
        Map<String, String> expected = new LinkedHashMap<>(values(jinhu.cells()));
        expected.put("T4:direct:total", "NUMBER 3");
        assertThat(values(back.cells())).isEqualTo(expected);
        try (Workbook before = WorkbookSupport.open(template); Workbook after = WorkbookSupport.open(out)) {
            Set<String> written = WorkbookSupport.places(layout, result.filledCells());
            WorkbookSupport.assertUnchangedExcept(before, after, written, false);
            int formulas = 0;
            for (Cell c : layout.cells().values()) {
                org.apache.poi.ss.usermodel.Cell cell = sheetCell(after, c.location());
                Cell value = jinhu.cells().get(c.id());
                if (cell.getCellType() == CellType.FORMULA) {
                    formulas++;
                    assertThat(cell.getCachedFormulaResultType()).as(c.id()).isEqualTo(CellType.NUMERIC);
                } else if (value.state() == CellState.NUMBER) {
                    assertThat(cell.getCellType()).as(c.id()).isEqualTo(CellType.NUMERIC);
                } else {
                    assertThat(cell.getStringCellValue()).as(c.id()).isEqualTo(value.raw().strip());
                }
            }
            assertThat(formulas).as("the template's totals are still formulas").isEqualTo(34);
        }
    }

    @Test
    void placeholdersInAnyCellAreReplacedAndACellPlaceholderAloneGoesInAsANumber() throws Exception {
        Path template = dir.resolve("placeholders.xlsx");
        try (Workbook wb = WorkbookSupport.open(TEMPLATES.resolve("legacy-statistics-blank.xlsx"))) {
            Sheet cover = wb.createSheet("封面");
            String[] texts = {"{{organization}}", "{{year}}年度", "填报日期：{{date}}", "{{cell:L:1.2.2}}",
                    "工作人员 {{ cell:L:13.2 }} 人", "{{cell:T3:R1:total}}", "{{unknown}}"};
            for (int i = 0; i < texts.length; i++) {
                cover.createRow(i).createCell(0).setCellValue(texts[i]);
            }
            // a placeholder in a table's value cell wins over the label: the template says what goes there
            wb.getSheetAt(0).getRow(7).getCell(2).setCellValue("{{cell:L:1.2.5}}");
            try (OutputStream os = Files.newOutputStream(template)) {
                wb.write(os);
            }
        }
        Report seed = dr.reader().read(SEED);
        Path out = dir.resolve("filled-placeholders.xlsx");

        TemplateFiller.Result result = dr.templateFiller().fill(template, seed, out);

        assertThat(result.placeholders()).isEqualTo(6);
        assertThat(result.unknownPlaceholders()).containsExactly("cell:T3:R1:total", "unknown");
        assertThat(result.filledCells()).doesNotContain("L:1.2.2");
        try (Workbook wb = WorkbookSupport.open(out)) {
            Sheet cover = wb.getSheet("封面");
            assertThat(text(cover, 0)).isEqualTo("威海市环翠区残疾人联合会");
            assertThat(text(cover, 1)).isEqualTo("2017年度");
            assertThat(text(cover, 2)).isEqualTo("填报日期：2018年3月18日");
            assertThat(cover.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cover.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(103.0);
            assertThat(text(cover, 4)).isEqualTo("工作人员 2 人");
            assertThat(text(cover, 5)).isEqualTo("{{cell:T3:R1:total}}");
            assertThat(text(cover, 6)).isEqualTo("{{unknown}}");
            org.apache.poi.ss.usermodel.Cell c8 = wb.getSheetAt(0).getRow(7).getCell(2);
            assertThat(c8.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c8.getNumericCellValue()).isEqualTo(29.0);
        }
    }

    @Test
    void aProvincesExtraRowIsLeftAsItWasAndListed() throws Exception {
        Path template = dir.resolve("extra-row.xlsx");
        try (Workbook wb = WorkbookSupport.open(TEMPLATES.resolve("legacy-statistics-blank.xlsx"))) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.shiftRows(11, sheet.getLastRowNum(), 1); // below 5.其他方式公开政府信息数 (row 11)
            Row extra = sheet.createRow(11);
            extra.createCell(0).setCellValue("　　　　　6.新闻媒体公开政府信息数");
            extra.createCell(1).setCellValue("条");
            extra.createCell(2);
            try (OutputStream os = Files.newOutputStream(template)) {
                wb.write(os);
            }
        }
        Report seed = dr.reader().read(SEED);
        Path out = dir.resolve("filled-extra-row.xlsx");

        TemplateFiller.Result result = dr.templateFiller().fill(template, seed, out);

        assertThat(result.unfilledPlaces()).singleElement().asString().contains("A12").contains("6.新闻媒体公开政府信息数");
        assertThat(values(dr.reader().read(out).cells())).isEqualTo(values(seed.cells()));
        try (Workbook wb = WorkbookSupport.open(out)) {
            assertThat(WorkbookSupport.content(wb.getSheetAt(0).getRow(11).getCell(2), true)).isEqualTo("BLANK");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void correctingAStatisticsWorkbookChangesExactlyTheCertainCellsAndNothingElse(String type) throws Exception {
        // the seed's statistics filled in, then spoiled as clerks do: 网站公开数 typed in full-width digits, 其他方式
        // typed as text, and 从事政府信息公开工作人员数 left blank with both its parts filled (0 + 2); a second sheet
        // holds a formula over the full-width cell
        Path filled = dir.resolve("filled." + type);
        dr.templateFiller().fill(TEMPLATES.resolve("legacy-statistics-blank." + type), dr.reader().read(SEED), filled);
        Path input = dir.resolve("统计表." + type);
        try (Workbook wb = WorkbookSupport.open(filled)) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(7).getCell(2).setCellValue("５４，４０８");           // C8  L:1.2.2
            sheet.getRow(10).getCell(2).setCellValue("29");                    // C11 L:1.2.5
            sheet.getRow(80).getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(0);                      // C81 L:13.2.1
            sheet.getRow(79).getCell(2).setBlank();                            // C80 L:13.2
            Sheet other = wb.createSheet("汇总");
            other.createRow(0).createCell(0).setCellFormula("Sheet1!C8+Sheet1!C11");
            other.getRow(0).createCell(1).setCellValue("说明");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream os = Files.newOutputStream(input)) {
                wb.write(os);
            }
        }
        byte[] original = Files.readAllBytes(input);
        Path out = dir.resolve("更正后." + type);

        List<Correction> changes = dr.corrector().correct(input, out);

        assertThat(changes).extracting(Correction::cellId, Correction::before, Correction::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("L:1.2.2", "５４，４０８", "54408"),
                org.assertj.core.groups.Tuple.tuple("L:1.2.5", "29", "29"),
                org.assertj.core.groups.Tuple.tuple("L:13.2", "", "2"));
        assertThat(changes).extracting(c -> c.location().sheet() + "!" + c.location().a1Reference())
                .containsExactly("Sheet1!C8", "Sheet1!C11", "Sheet1!C80");
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
        assertThat(WorkbookSupport.isOle2(out)).isEqualTo(type.equals("xls"));
        try (Workbook before = WorkbookSupport.open(input); Workbook after = WorkbookSupport.open(out)) {
            WorkbookSupport.assertUnchangedExcept(before, after, Set.of("Sheet1!C8", "Sheet1!C11", "Sheet1!C80"),
                    false);
            Sheet sheet = after.getSheetAt(0);
            assertThat(WorkbookSupport.content(sheet.getRow(7).getCell(2), true)).isEqualTo("N 54408.0");
            assertThat(WorkbookSupport.content(sheet.getRow(10).getCell(2), true)).isEqualTo("N 29.0");
            assertThat(WorkbookSupport.content(sheet.getRow(79).getCell(2), true)).isEqualTo("N 2.0");
            // the other sheet's formula is kept (compared above), and its cached result now counts the corrected
            // cells, which were text before
            assertThat(WorkbookSupport.content(after.getSheet("汇总").getRow(0).getCell(0), true))
                    .isEqualTo("F Sheet1!C8+Sheet1!C11 = N 54437.0");
        }
        // corrected once, nothing is left to correct
        Path twice = dir.resolve("再次." + type);
        assertThat(dr.corrector().correct(out, twice)).isEmpty();
        assertThat(twice).as("nothing to correct: no file written").doesNotExist();
        Report back = dr.reader().read(out);
        assertThat(back.cell("L:13.2").map(Cell::value)).contains(new BigDecimal("2"));
    }

    private static String text(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    private static org.apache.poi.ss.usermodel.Cell sheetCell(Workbook wb, SourceLocation l) {
        CellReference ref = new CellReference(l.a1Reference());
        return wb.getSheet(l.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
