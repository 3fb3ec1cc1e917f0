package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.IdSheet;
import io.github.disclosurereport.testutil.LibreOffice;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.write.xlsx.DerivedCells;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens exported workbooks in LibreOffice (headless): it must recalculate every total to the value we cached, print
 * them to PDF, and its re-saved workbook must still read back to the same report; every exported workbook of the
 * corpus too, each formula cell (blank-part totals included) as we cached it. Skipped where soffice is not
 * installed, failing instead when CI requires it. Set -Dxlsx.keep=DIR to keep the PDFs for a look.
 */
class LibreOfficeCompatibilityTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Optional<Path> soffice = Optional.empty();

    @Test
    void libreOfficeComputesTheTotalsWeCachedAndReadsBackTheSameReport(@TempDir Path dir) throws Exception {
        // fails instead of skipping where CI requires LibreOffice (REQUIRE_LIBREOFFICE=1)
        soffice = Optional.of(LibreOffice.executable());
        Path profile = LibreOffice.recalculatingProfile(dir.resolve("profile"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Report> reports = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Report r = GeneratedReports.reports(format).sample();
            Path f = in.resolve(format.name() + ".xlsx");
            DisclosureReports.defaults().xlsxExporter().export(r, List.of(Finding.of("A3", Severity.ERROR, "示例", List.of(), null)), f);
            reports.add(r);
            files.add(f);
        }
        // every corpus report, with its findings: blank parts, totals printed differently from their parts
        List<Path> corpus = new ArrayList<>();
        try (var s = Files.list(CORPUS)) {
            for (Path p : s.filter(p -> !p.toString().endsWith(".expected.json") && !p.toString().endsWith(".pdf"))
                    .sorted().toList()) {
                Report r = DisclosureReports.read(p);
                Path f = in.resolve("corpus-" + p.getFileName().toString().replace('.', '_') + ".xlsx");
                DisclosureReports.defaults().xlsxExporter().export(r, DisclosureReports.validate(r).findings(), f);
                corpus.add(f);
            }
        }
        files.addAll(corpus);
        // Control: a workbook whose cached totals are wrong on purpose, so we know LibreOffice recalculated.
        Path control = in.resolve("control.xlsx");
        Report controlReport = XlsxExporterTest.sample2021();
        try (Workbook wb = XlsxTestSupport.open(XlsxTestSupport.export(controlReport, null))) {
            XlsxTestSupport.cellOf(wb, "T3:R1:total").setCellValue(999);
            Files.write(control, XlsxTestSupport.save(wb));
        }
        files.add(control);

        Path recalculated = Files.createDirectories(dir.resolve("xlsx"));
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        convert(profile, "xlsx:Calc MS Excel 2007 XML", recalculated, files);
        List<Path> printed = new ArrayList<>(files);
        printed.removeAll(corpus); // printing is checked on the generated reports; the corpus adds formulas only
        convert(profile, "pdf", pdf, printed);

        for (Path ours : files) {
            if (ours.getFileName().toString().equals("control.xlsx")) {
                continue;
            }
            assertEveryFormulaAsCached(Files.readAllBytes(ours), Files.readAllBytes(recalculated.resolve(ours.getFileName())),
                    ours.getFileName().toString());
        }
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            Path ours = files.get(i);
            Path theirs = recalculated.resolve(ours.getFileName());
            assertThat(theirs).exists();
            assertSameTotals(r.format(), Files.readAllBytes(ours), Files.readAllBytes(theirs));
            Report back = DisclosureReports.defaults().reader().read(theirs);
            XlsxTestSupport.assertSameCells(back.cells(), r.cells());
            assertThat(back.metadata()).isEqualTo(r.metadata());
            assertThat(pdf.resolve(ours.getFileName().toString().replace(".xlsx", ".pdf"))).isNotEmptyFile();
        }
        try (Workbook wb = XlsxTestSupport.open(Files.readAllBytes(recalculated.resolve("control.xlsx")))) {
            assertThat(XlsxTestSupport.cellOf(wb, "T3:R1:total").getNumericCellValue()).isEqualTo(21.0);
        }
        String keep = System.getProperty("xlsx.keep");
        if (keep != null) {
            Path target = Files.createDirectories(Path.of(keep));
            try (var s = Files.list(pdf)) {
                for (Path p : s.toList()) {
                    Files.copy(p, target.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Path f : files) {
                Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Every formula cell of ours — totals with blank parts too — holds in LibreOffice's recalculation what we cached. */
    private static void assertEveryFormulaAsCached(byte[] ours, byte[] theirs, String what) throws IOException {
        int formulas = 0;
        try (Workbook a = XlsxTestSupport.open(ours); Workbook b = XlsxTestSupport.open(theirs)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : a) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell x : row) {
                        if (x.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        var y = b.getSheet(sheet.getSheetName()).getRow(x.getRowIndex()).getCell(x.getColumnIndex());
                        String at = what + " " + sheet.getSheetName() + "!" + x.getAddress();
                        assertThat(y.getCellType()).as(at).isEqualTo(CellType.FORMULA);
                        assertThat(IdSheet.contentOf(y)).as(at).isEqualTo(IdSheet.contentOf(x));
                    }
                }
            }
        }
        assertThat(formulas).as("formulas in " + what).isPositive();
    }

    private static void assertSameTotals(ReportFormat format, byte[] ours, byte[] theirs) throws IOException {
        Map<String, List<String>> derived = DerivedCells.of(Forms.national(format));
        try (Workbook a = XlsxTestSupport.open(ours); Workbook b = XlsxTestSupport.open(theirs)) {
            for (String id : derived.keySet()) {
                org.apache.poi.ss.usermodel.Cell x = XlsxTestSupport.cellOf(a, id);
                org.apache.poi.ss.usermodel.Cell y = XlsxTestSupport.cellOf(b, id);
                if (x.getCellType() != CellType.FORMULA) {
                    continue; // a total kept as printed, its parts summing otherwise
                }
                assertThat(y.getCellType()).as(id).isEqualTo(CellType.FORMULA);
                assertThat(IdSheet.contentOf(y)).as(id).isEqualTo(IdSheet.contentOf(x));
            }
        }
    }

    private static void convert(Path profile, String target, Path outDir, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.orElseThrow().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", target,
                "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolveSibling(outDir.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 300 s");
        }
        assertThat(p.exitValue()).isZero();
    }
}
