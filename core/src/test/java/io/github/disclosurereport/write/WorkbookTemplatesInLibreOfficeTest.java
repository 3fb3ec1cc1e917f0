package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.testutil.LibreOffice;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.github.disclosurereport.write.RoundTripTest.values;
import static io.github.disclosurereport.write.WorkbookTemplatesTest.JINHU;
import static io.github.disclosurereport.write.WorkbookTemplatesTest.SEED;
import static io.github.disclosurereport.write.WorkbookTemplatesTest.TEMPLATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filled workbook template (.xlsx and .xls) opened in LibreOffice, recalculated: its formulas give the
 * results we cached, and its re-saved workbook reads back the same. One soffice run for all files; two controls
 * whose cached results are wrong on purpose prove that LibreOffice did recalculate (.xlsx and .xls).
 */
class WorkbookTemplatesInLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesEveryFilledWorkbookToTheResultsWeCached() throws Exception {
        Path soffice = LibreOffice.executable();
        DisclosureReports dr = DisclosureReports.defaults();
        Report seed = dr.reader().read(SEED);
        Report jinhu = dr.reader().read(JINHU);
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<Path, Report> filled = new LinkedHashMap<>();
        filled.put(in.resolve("legacy.xlsx"), seed);
        filled.put(in.resolve("legacy-xls.xls"), seed);
        filled.put(in.resolve("current.xlsx"), jinhu);
        filled.put(in.resolve("current-xls.xls"), jinhu);
        List<Path> templates = List.of(TEMPLATES.resolve("legacy-statistics-blank.xlsx"),
                TEMPLATES.resolve("legacy-statistics-blank.xls"), WorkbookTemplatesTest.blank2021Xlsx(dir),
                TEMPLATES.resolve("blank-2021.xls"));
        List<Path> outputs = new ArrayList<>(filled.keySet());
        for (int i = 0; i < outputs.size(); i++) {
            dr.templateFiller().fill(templates.get(i), filled.get(outputs.get(i)), outputs.get(i));
        }
        List<Path> files = new ArrayList<>(outputs);
        files.add(spoiled(outputs.get(2), in.resolve("control.xlsx")));
        files.add(spoiled(outputs.get(3), in.resolve("control-xls.xls")));

        Path recalculated = Files.createDirectories(dir.resolve("recalculated"));
        convert(soffice, LibreOffice.recalculatingProfile(dir.resolve("profile")), recalculated, files);

        for (Path ours : outputs) {
            Path theirs = recalculated.resolve(ours.getFileName().toString().replaceAll("\\.xlsx?$", ".xlsx"));
            Map<String, String> ourResults = formulaResults(ours);
            assertThat(formulaResults(theirs)).as(ours.getFileName().toString()).isEqualTo(ourResults);
            assertThat(values(dr.reader().read(theirs).cells())).as(ours.getFileName().toString())
                    .isEqualTo(values(dr.reader().read(ours).cells()));
        }
        assertThat(formulaResults(outputs.get(2))).hasSize(34);
        assertThat(formulaResults(outputs.get(3))).hasSize(34);
        for (String control : List.of("control.xlsx", "control-xls.xlsx")) {
            assertThat(formulaResults(recalculated.resolve(control))).as(control)
                    .isEqualTo(formulaResults(outputs.get(2)));
        }
    }

    /** A copy whose every numeric formula result is cached as 999, to show that LibreOffice recalculates. */
    private static Path spoiled(Path file, Path copy) throws Exception {
        try (Workbook wb = WorkbookSupport.open(file)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA
                                && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            cell.setCellValue(999);
                        }
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(copy)) {
                wb.write(os);
            }
        }
        return copy;
    }

    /** sheet!A1 → formula and cached result, of every formula of a workbook. */
    private static Map<String, String> formulaResults(Path file) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Workbook wb = WorkbookSupport.open(file)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            out.put(sheet.getSheetName() + "!" + cell.getAddress(), WorkbookSupport.cached(cell));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void convert(Path soffice, Path profile, Path outDir, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolveSibling("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 300 s");
        }
        assertThat(p.exitValue()).isZero();
    }
}
