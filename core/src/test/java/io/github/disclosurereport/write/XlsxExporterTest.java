package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.exported.ExportedWorkbookReader;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.write.xlsx.DerivedCells;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxExporterTest {

    /** A 2021 report: every T3 cell of row R1 filled 1..6, R3.1 parts, a printed total that disagrees. */
    static Report sample2021() {
        FormDefinition form = Forms.current2021();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (var d : form.cells()) {
            cells.put(d.id(), new Cell(d.id(), null, "", CellState.EMPTY, SourceLocation.DOCUMENT));
        }
        String[] cols = {"natural", "commercial", "research", "nonprofit", "legal", "other"};
        for (int i = 0; i < cols.length; i++) {
            put(cells, "T3:R1:" + cols[i], i + 1);
            put(cells, "T3:R3.1:" + cols[i], i + 1);
        }
        put(cells, "T3:R1:total", 21);          // agrees with 1+…+6
        put(cells, "T3:R3.1:total", 20);        // printed total disagrees with the sum 21
        put(cells, "T3:R3.7:natural", 1);
        put(cells, "T2:rules:issued", 3);
        cells.put("T2:fees:amount", Cell.number("T2:fees:amount", new BigDecimal("14722.49"),
                SourceLocation.DOCUMENT));
        cells.put("T2:licensing:decisions", new Cell("T2:licensing:decisions", null, "—",
                CellState.NOT_APPLICABLE, SourceLocation.DOCUMENT));
        put(cells, "T4:review:upheld", 2);
        put(cells, "T4:review:corrected", 1);
        return new Report(ReportFormat.CURRENT_2021,
                new Metadata("某区人民政府2023年政府信息公开工作年度报告", "某区人民政府", "", 2023,
                        LocalDate.of(2024, 1, 20), "2024年1月20日"),
                List.of(), List.of(), cells, List.of(), SignOff.EMPTY, List.of(), Report.SourceInfo.NONE);
    }

    private static void put(Map<String, Cell> cells, String id, long v) {
        cells.put(id, Cell.number(id, BigDecimal.valueOf(v), SourceLocation.DOCUMENT));
    }

    @Test
    void totalsAreDerivedFromTheFormsData() {
        Map<String, List<String>> current = DerivedCells.of(Forms.current2021());
        // T3: 25 row totals + 6 column sums in （七）总计; T4: 3 group totals.
        assertThat(current.keySet().stream().filter(k -> k.startsWith("T3:"))).hasSize(31);
        assertThat(current.keySet().stream().filter(k -> k.startsWith("T4:"))).hasSize(3);
        assertThat(current.keySet().stream().filter(k -> k.startsWith("T2:"))).isEmpty();
        assertThat(current.get("T3:R3.7:natural")).hasSize(21).contains("T3:R3.1:natural", "T3:R3.6.3:natural")
                .doesNotContain("T3:R1:natural", "T3:R4:natural");
        assertThat(current.get("T3:R1:total")).containsExactly("T3:R1:natural", "T3:R1:commercial",
                "T3:R1:research", "T3:R1:nonprofit", "T3:R1:legal", "T3:R1:other");
        assertThat(current.get("T4:after_review:total")).containsExactly("T4:after_review:upheld",
                "T4:after_review:corrected", "T4:after_review:other", "T4:after_review:pending");
        // Trial: （六）其他处理 is one part row, so 19 parts.
        assertThat(DerivedCells.of(Forms.trial2019()).get("T3:R3.7:other")).hasSize(19);
        Map<String, List<String>> legacy = DerivedCells.of(Forms.legacyStatistics());
        assertThat(legacy.get("L:3.3")).containsExactly("L:3.3.1", "L:3.3.2", "L:3.3.3", "L:3.3.4", "L:3.3.5",
                "L:3.3.6", "L:3.3.7", "L:3.3.8");
        assertThat(legacy.get("L:3.3.4")).hasSize(6);
        assertThat(legacy).doesNotContainKeys("L:1.1", "L:2.2.1", "L:13.2.1");
        assertThat(legacy).containsKeys("L:13.2", "L:4", "L:11");
    }

    @Test
    void theWorkbookHasTheTablesOfTheFormInTheirPrintedLayout() throws IOException {
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(sample2021(), List.of()))) {
            assertThat(sheetNames(wb)).containsExactly("报告信息", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼",
                    "校验结果", "cell_ids");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("cell_ids"))).isEqualTo(SheetVisibility.HIDDEN);

            Sheet t3 = wb.getSheet("表三 依申请公开");
            org.apache.poi.ss.usermodel.Cell note = t3.getRow(2).getCell(0);
            assertThat(note.getStringCellValue()).contains("勾稽关系");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(2, 4, 0, 2)); // 3 label cols × 3 rows
            assertThat(t3.getRow(2).getCell(3).getStringCellValue()).isEqualTo("申请人情况");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(2, 2, 3, 9));
            assertThat(t3.getRow(3).getCell(3).getStringCellValue()).isEqualTo("自然人");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(3, 4, 3, 3));
            assertThat(t3.getRow(3).getCell(4).getStringCellValue()).isEqualTo("法人或其他组织");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(3, 3, 4, 8));
            assertThat(t3.getRow(4).getCell(8).getStringCellValue()).isEqualTo("其他");
            assertThat(t3.getRow(3).getCell(9).getStringCellValue()).isEqualTo("总计");
            // 三、本年度办理结果 merged down over its 21 parts + （七）总计; （三）不予公开 over its 8 rows.
            assertThat(t3.getRow(7).getCell(0).getStringCellValue()).isEqualTo("三、本年度办理结果");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(7, 28, 0, 0));
            assertThat(t3.getRow(9).getCell(1).getStringCellValue()).isEqualTo("（三）不予公开");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(9, 16, 1, 1));
            assertThat(t3.getRow(5).getCell(0).getStringCellValue()).startsWith("一、本年新收");
            assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(5, 5, 0, 2));

            Sheet t2 = wb.getSheet("表二 主动公开");
            assertThat(t2.getRow(2).getCell(0).getStringCellValue()).isEqualTo("第二十条第（一）项");
            assertThat(t2.getRow(3).getCell(0).getStringCellValue()).isEqualTo("信息内容");
            assertThat(t2.getRow(3).getCell(3).getStringCellValue()).isEqualTo("现行有效件数");
            // 行政许可: the single value merged across columns 2–4
            assertThat(t2.getRow(8).getCell(0).getStringCellValue()).isEqualTo("行政许可");
            assertThat(t2.getMergedRegions()).contains(new CellRangeAddress(8, 8, 1, 3));

            Sheet t4 = wb.getSheet("表四 复议诉讼");
            assertThat(t4.getRow(2).getCell(0).getStringCellValue()).isEqualTo("行政复议");
            assertThat(t4.getRow(2).getCell(5).getStringCellValue()).isEqualTo("行政诉讼");
            assertThat(t4.getMergedRegions()).contains(new CellRangeAddress(2, 2, 5, 14));
            assertThat(t4.getRow(3).getCell(5).getStringCellValue()).isEqualTo("未经复议直接起诉");
            assertThat(t4.getRow(3).getCell(0).getStringCellValue()).isEqualTo("结果维持");
            assertThat(t4.getMergedRegions()).contains(new CellRangeAddress(3, 4, 0, 0));
            assertThat(t4.getRow(4).getCell(14).getStringCellValue()).isEqualTo("总计");
            assertThat(t4.getRow(5).getCell(4).getCellFormula()).isEqualTo("IF(COUNT(A6:D6)=0,\"\",SUM(A6:D6))");
            assertThat(t4.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(3.0);

            Sheet info = wb.getSheet("报告信息");
            assertThat(info.getRow(4).getCell(1).getStringCellValue()).isEqualTo("某区人民政府");
            assertThat(t3.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(t3.getFitToPage()).isTrue();
            assertThat(wb.getFontAt(t3.getRow(5).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("宋体");
        }
    }

    @Test
    void inputCellsAreValidatedAndUnlockedEverythingElseProtected() throws IOException {
        try (XSSFWorkbook wb = (XSSFWorkbook) XlsxTestSupport.open(XlsxTestSupport.export(sample2021(), null))) {
            XSSFSheet t2 = wb.getSheet("表二 主动公开");
            assertThat(t2.getProtect()).isTrue();
            assertThat(t2.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            List<? extends DataValidation> validations = t2.getDataValidations();
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(v.getRegions().getCellRangeAddresses()).extracting(CellRangeAddress::formatAsString)
                        .contains(XlsxTestSupport.cellOf(wb, "T2:fees:amount").getAddress().formatAsString());
            });
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                assertThat(v.getValidationConstraint().getOperator())
                        .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            });
            assertThat(XlsxTestSupport.cellOf(wb, "T2:rules:issued").getCellStyle().getLocked()).isFalse();
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R1:total").getCellStyle().getLocked()).isTrue();
            assertThat(t2.getRow(2).getCell(0).getCellStyle().getLocked()).isTrue();
            XSSFSheet t3 = wb.getSheet("表三 依申请公开");
            // Totals are formulas and carry no validation: 6×25 input cells minus the 6 （七）总计 cells.
            long validated = t3.getDataValidations().stream()
                    .flatMap(v -> Stream.of(v.getRegions().getCellRangeAddresses()))
                    .mapToLong(CellRangeAddress::getNumberOfCells).sum();
            assertThat(validated).isEqualTo(6 * 25 - 6);
        }
        Report trial = GeneratedReports.reports(ReportFormat.TRIAL_2019).sample();
        try (XSSFWorkbook wb = (XSSFWorkbook) XlsxTestSupport.open(XlsxTestSupport.export(trial, null))) {
            assertThat(wb.getSheet("表二 主动公开").getDataValidations()).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getOperator())
                        .isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
                assertThat(v.getValidationConstraint().getFormula1()).startsWith("-");
            });
        }
    }

    @Test
    void aPrintedTotalThatDisagreesStaysAsPrintedMarkedWithTheSumAndItsFormulaInANote() throws IOException {
        Report report = sample2021();
        byte[] bytes = XlsxTestSupport.export(report, null);
        try (Workbook wb = XlsxTestSupport.open(bytes)) {
            org.apache.poi.ss.usermodel.Cell total = XlsxTestSupport.cellOf(wb, "T3:R3.1:total");
            // the figure the report printed stays visible, not silently replaced by the parts' sum
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(20.0);
            assertThat(total.getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(total.getCellStyle().getLocked()).isFalse();
            assertThat(total.getCellComment().getString().getString()).contains("原表填报数为 20")
                    .contains("各分项之和 21").contains("=IF(COUNT(");
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R1:total").getCellComment()).isNull();
            // （七）总计 自然人 printed 1, parts sum to 1 (R3.1 natural): agrees, no note.
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R3.7:natural").getCellComment()).isNull();
            // A blank total over blank parts stays blank.
            org.apache.poi.ss.usermodel.Cell blankTotal = XlsxTestSupport.cellOf(wb, "T3:R4:total");
            assertThat(blankTotal.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(blankTotal.getStringCellValue()).isEmpty();
            assertThat(XlsxTestSupport.cellOf(wb, "T2:licensing:decisions").getStringCellValue()).isEqualTo("—");
        }
        Report back = XlsxTestSupport.read(bytes);
        assertThat(back.cell("T3:R3.1:total").orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(back.cell("T2:licensing:decisions").orElseThrow().state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(back.cell("T2:fees:amount").orElseThrow().value()).isEqualTo(new BigDecimal("14722.49"));
        assertThat(back.cell("T3:R1:natural").orElseThrow().location())
                .isEqualTo(SourceLocation.sheetCell("表三 依申请公开", 6, 4));
        XlsxTestSupport.assertSameCells(back.cells(), report.cells());
    }

    @Test
    void readBackReflectsAUsersEditsAndTheTotalsFollow() throws IOException {
        byte[] bytes = XlsxTestSupport.export(sample2021(), null);
        byte[] edited;
        try (Workbook wb = XlsxTestSupport.open(bytes)) {
            XlsxTestSupport.cellOf(wb, "T3:R3.1:natural").setCellValue(10);       // was 1
            XlsxTestSupport.cellOf(wb, "T3:R3.3.1:research").setCellValue(4);     // was blank
            XlsxTestSupport.cellOf(wb, "T3:R1:other").setBlank();                 // was 6
            XlsxTestSupport.cellOf(wb, "T2:rules:issued").setCellValue("/");      // was 3
            XlsxTestSupport.cellOf(wb, "T4:direct:pending").setCellValue(5);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // a total kept as printed (20, its parts summing to 21) stays so until the user corrects it
            org.apache.poi.ss.usermodel.Cell row = XlsxTestSupport.cellOf(wb, "T3:R3.1:total");
            assertThat(row.getNumericCellValue()).isEqualTo(20.0);
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R3.7:natural").getNumericCellValue()).isEqualTo(10.0);
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R3.7:research").getNumericCellValue()).isEqualTo(7.0);
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R1:total").getNumericCellValue()).isEqualTo(15.0);
            edited = XlsxTestSupport.save(wb);
        }
        Report back = XlsxTestSupport.read(edited);
        assertThat(back.cell("T3:R3.1:natural").orElseThrow().value()).isEqualByComparingTo("10");
        assertThat(back.cell("T3:R3.3.1:research").orElseThrow().value()).isEqualByComparingTo("4");
        assertThat(back.cell("T3:R1:other").orElseThrow().state()).isEqualTo(CellState.EMPTY);
        assertThat(back.cell("T2:rules:issued").orElseThrow().state()).isEqualTo(CellState.NOT_APPLICABLE);
        assertThat(back.cell("T2:rules:issued").orElseThrow().raw()).isEqualTo("/");
        assertThat(back.cell("T3:R3.1:total").orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(back.cell("T3:R1:total").orElseThrow().value()).isEqualByComparingTo("15");
        assertThat(back.cell("T3:R3.7:research").orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(back.cell("T4:direct:total").orElseThrow().value()).isEqualByComparingTo("5");
        // Untouched cells keep what the report said, including a total whose parts did not change.
        assertThat(back.cell("T3:R1:natural").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(back.cell("T4:review:total").orElseThrow().state()).isEqualTo(CellState.EMPTY);
    }

    @Test
    void editsSavedWithoutRecalculationStillGiveTheRightTotals() throws IOException {
        byte[] edited;
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(sample2021(), null))) {
            XlsxTestSupport.cellOf(wb, "T4:review:pending").setCellValue(4);
            edited = XlsxTestSupport.save(wb); // cached total still says 3
        }
        assertThat(XlsxTestSupport.read(edited).cell("T4:review:total").orElseThrow().value())
                .isEqualByComparingTo("7");
    }

    @Test
    void findingsAreListedWithLinksToTheirCells() throws IOException {
        List<Finding> findings = List.of(
                Finding.of("A3", Severity.ERROR, "总计不等于各列之和", List.of("T3:R3.1:total"),
                        SourceLocation.tableCell(3, 7, 10)),
                Finding.of("C2", Severity.INFO, "近似对应", List.of(), SourceLocation.DOCUMENT));
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(sample2021(), findings))) {
            Sheet sheet = wb.getSheet("校验结果");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A3");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("错误");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("总计不等于各列之和");
            // the place as a clerk finds it: sheet, row, the cell's labels; the id only last, for programs
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("表三 依申请公开 第8行 “（一）予以公开 / 总计”");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("T3:R3.1:total");
            assertThat(sheet.getColumnWidth(4)).isGreaterThanOrEqualTo(40 * 256);
            assertThat(sheet.getRow(1).getCell(4).getHyperlink().getAddress()).isEqualTo("'表三 依申请公开'!J8");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("第3个表格第7行第10列");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("提示");
            assertThat(sheet.getRow(2).getCell(4).getHyperlink()).isNull();
        }
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(sample2021(), null))) {
            assertThat(wb.getSheet("校验结果")).isNull();
        }
    }

    @Test
    void otherWorkbooksAreNotTakenForOurs() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus/seed-2017-statistics.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            assertThat(ExportedWorkbookReader.readIfExported(wb, "", FormSet.standard())).isEmpty();
        }
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("cell_ids").createRow(0).createCell(0).setCellValue("something else");
            assertThat(ExportedWorkbookReader.readIfExported(wb, "", FormSet.standard())).isEmpty();
        }
    }

    @Test
    void anExistingFileIsReplacedWholeLeavingNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "keep me");
        // the library replaces, atomically; keeping an existing file is the CLI's policy (--force)
        DisclosureReports.defaults().xlsxExporter().export(sample2021(), null, target);
        XlsxTestSupport.assertSameCells(DisclosureReports.defaults().reader().read(target).cells(), sample2021().cells());
        assertThat(listing(dir)).containsExactly("report.xlsx");

        Path fresh = dir.resolve("fresh.xlsx");
        DisclosureReports.defaults().xlsxExporter().export(sample2021(), List.of(), fresh);
        Report back = DisclosureReports.defaults().reader().read(fresh);
        assertThat(back.source().fileName()).isEqualTo("fresh.xlsx");
        assertThat(back.metadata().year()).isEqualTo(2023);
    }

    @Test
    void aFailedExportLeavesNoFileBehind(@TempDir Path dir) {
        Path target = dir.resolve("missing-dir").resolve("report.xlsx");
        assertThatThrownBy(() -> DisclosureReports.defaults().xlsxExporter().export(sample2021(), null, target))
                .isInstanceOf(IOException.class);
        // The move fails (the target is a non-empty directory): the temporary file must not stay behind.
        Path occupied = dir.resolve("occupied.xlsx");
        try {
            Files.createDirectories(occupied.resolve("inside"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> DisclosureReports.defaults().xlsxExporter().export(sample2021(), null, occupied))
                .isInstanceOf(IOException.class);
        try {
            assertThat(listing(dir)).containsExactly("occupied.xlsx");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sheetsAreNamedByTheCaptionsOfTheFormEvenWhereTwoShortenAlike() throws IOException {
        String tsv = new String(Forms.class.getResourceAsStream("current-2021.tsv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
                .replace("T4\tcaption\tnumber\t\t-\t\t四\n", "T4\tcaption\tnumber\t\t-\t\t三\n")
                .replace("\t复议诉讼\n", "\t依申请公开\n")
                .replace("\t主动公开\n", "\t主动公开/公示[表]\n");
        FormDefinition alike = Forms.load("alike", ReportFormat.CURRENT_2021,
                tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureReports.defaults().withForms(FormSet.standard().withForm(alike)).xlsxExporter()
                .write(sample2021(), null, out);
        try (Workbook wb = XlsxTestSupport.open(out.toByteArray())) {
            // a character a sheet name cannot hold is replaced; a name taken already gets the table's code
            assertThat(sheetNames(wb)).containsExactly("报告信息", "表二 主动公开 公示 表 ", "表三 依申请公开",
                    "表三 依申请公开 T4", "cell_ids");
            assertThat(wb.getSheet("表三 依申请公开 T4").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("三、政府信息公开行政复议、行政诉讼情况");
        }
    }

    private static List<String> sheetNames(Workbook wb) {
        return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }
}
