package io.github.disclosurereport;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;
import io.github.disclosurereport.testutil.BatchFolder;
import io.github.disclosurereport.testutil.LibreOffice;
import io.github.disclosurereport.validate.Finding;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments' reports summed into a region's tables: the sums, the workbook's formulas, A8. */
class AggregatorTest {

    static final DisclosureReports DR = DisclosureReports.defaults();
    static Report jinhu;
    static Report pingtan;
    static Report finance;
    static Report wuhan;

    @BeforeAll
    static void read() throws IOException {
        jinhu = DR.reader().read(BatchFolder.CORPUS.resolve("jinhu2023.docx"));        // A4 error
        pingtan = DR.reader().read(BatchFolder.CORPUS.resolve("pingtan2023.page.html"));
        Map<String, Cell> fixed = new LinkedHashMap<>(jinhu.cells());
        Cell direct = fixed.get("T4:direct:total");
        fixed.put(direct.id(), Cell.number(direct.id(), BigDecimal.valueOf(3), direct.location()));
        finance = BatchFolder.with(jinhu, "金湖县财政局", 2023).withCells(fixed);   // the same, A4 corrected
        wuhan = DR.reader().read(BatchFolder.CORPUS.resolve("wuhan-eeb2020.docx"));
    }

    @Test
    void everyCellIsTheSumOfTheDepartmentsCellsAndAnotherYearIsRefused() {
        ReportAggregator.Aggregation a = DR.aggregator().aggregate(List.of(jinhu, pingtan, finance, wuhan), true);
        assertThat(a.included()).hasSize(3);
        assertThat(a.refused()).anySatisfy(l -> assertThat(l).startsWith("武汉市生态环境局：年度或格式与其他报告不同"))
                .anySatisfy(l -> assertThat(l).startsWith("金湖县人民政府：有 1 个错误，已按原数汇总"));
        assertThat(a.sum().metadata().year()).isEqualTo(2023);
        int filled = 0;
        for (Cell c : a.sum().cells().values()) {
            BigDecimal expected = null;
            for (Report r : List.of(jinhu, pingtan, finance)) {
                Cell part = r.cells().get(c.id());
                if (part != null && part.state() == CellState.NUMBER) {
                    expected = expected == null ? part.value() : expected.add(part.value());
                }
            }
            if (expected == null) {
                assertThat(c.state()).as(c.id()).isEqualTo(CellState.EMPTY);
            } else {
                assertThat(c.value()).as(c.id()).isEqualByComparingTo(expected);
                filled++;
            }
        }
        assertThat(filled).isGreaterThan(100);
        assertThat(a.sum().cell("T4:direct:total").orElseThrow().value()).isEqualByComparingTo(
                jinhu.cell("T4:direct:total").orElseThrow().value().add(BigDecimal.valueOf(3))
                        .add(pingtan.cell("T4:direct:total").orElseThrow().value()));
    }

    @Test
    void aReportWithErrorsIsLeftOutUnlessAsked() {
        ReportAggregator.Aggregation a = DR.aggregator().aggregate(List.of(jinhu, pingtan, finance), false);
        assertThat(a.names()).doesNotContain("金湖县人民政府").contains("金湖县财政局");
        assertThat(a.refused()).singleElement().satisfies(l -> assertThat(l).contains("请先更正"));
    }

    @Test
    void theRegionsOwnReportIsComparedWithTheSum() {
        ReportAggregator.Aggregation a = DR.aggregator().aggregate(List.of(pingtan, finance), true);
        List<Finding> a8 = DR.aggregator().compare(jinhu, a);
        assertThat(a8).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("A8");
            assertThat(f.expected()).isEqualByComparingTo(a.sum().cell(f.cells().get(0)).orElseThrow().value());
            BigDecimal own = f.actual() == null ? BigDecimal.ZERO : f.actual();
            assertThat(own).isLessThan(f.expected()); // 金湖's text does not claim the whole county
        });
        // the sum itself as the region's report: nothing differs
        assertThat(DR.aggregator().compare(a.sum(), a)).isEmpty();
    }

    @Test
    void theWorkbookSumsWithLiveFormulasAndLibreOfficeGetsTheSameValues(@TempDir Path dir) throws Exception {
        ReportAggregator.Aggregation a = DR.aggregator().aggregate(List.of(jinhu, pingtan, finance), true);
        Path xlsx = dir.resolve("汇总表.xlsx");
        DR.aggregator().writeWorkbook(a, xlsx);
        Map<String, Double> cached = regionValues(xlsx, true);
        Map<String, Double> entered = regionValues(xlsx, false);
        int inputs = 0;
        // each cell a department fills is the sum of theirs (the totals are the form's SUMs of those: jinhu's printed
        // 0 against parts of 3, summed with errors, is the one total that differs from the sum of printed totals)
        for (Cell c : a.sum().cells().values()) {
            if (c.value() != null && entered.containsKey(c.id())) {
                assertThat(entered.get(c.id())).as(c.id()).isEqualTo(c.value().doubleValue());
                inputs++;
            }
        }
        assertThat(inputs).isGreaterThan(100);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("分部门明细").getRow(0).getCell(3 + 1).getStringCellValue()).isEqualTo(a.names().get(1));
        }
        // LibreOffice recalculates every formula on load (a throw-away profile says so) and keeps our values
        LibreOffice.executable();
        Path profile = LibreOffice.recalculatingProfile(dir.resolve("profile"));
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder(LibreOffice.executable().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(),
                xlsx.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Map<String, Double> recalculated = regionValues(out.resolve("汇总表.xlsx"), true);
        assertThat(recalculated).isEqualTo(cached);
    }

    /** Each form cell's number on the region's table sheets, found through the id sheet; formulas by cached value. */
    private static Map<String, Double> regionValues(Path xlsx, boolean withTotals) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<IdSheet.Line> lines = new ArrayList<>(IdSheet.lines(wb.getSheet(IdSheet.NAME)));
            for (IdSheet.Line line : lines) {
                if (line.sum() && !withTotals) {
                    continue;
                }
                CellAddress at = new CellAddress(line.ref());
                var cell = wb.getSheet(line.sheet()).getRow(at.getRow()).getCell(at.getColumn());
                if (cell != null && cell.getCellType() == CellType.FORMULA
                        && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    out.put(line.id(), cell.getNumericCellValue());
                }
            }
        }
        return out;
    }
}
