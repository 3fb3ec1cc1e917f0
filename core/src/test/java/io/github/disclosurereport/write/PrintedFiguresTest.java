package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures our outputs print, read off the printed page — found by table, row label and column header, compared
 * as text with the numbers exactly as the corpus expected files write them. Neither side goes through a writer's
 * own formatting or our hidden id sheet, so a writer printing 54,408 for 54408, or a figure one column off, fails.
 */
class PrintedFiguresTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");
    private static final List<String> TABLES_2021 = List.of("T2", "T3", "T4");

    @TempDir
    Path dir;

    private static JsonNode expected(String file) throws Exception {
        String name = file.substring(0, file.indexOf('.'));
        return new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile());
    }

    /** A 2021-format report's figures printed by convert and by fill of the official WPS template. */
    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "pingtan2023.page.html"})
    void convertAndFillPrintEveryFigureAsTheReportPrintedIt(String file) throws Exception {
        JsonNode exp = expected(file);
        Report report = DisclosureReports.read(CORPUS.resolve(file));
        Path converted = dir.resolve("converted.docx");
        DisclosureReports dr = DisclosureReports.defaults();
        dr.docxWriter().write(dr.converter().toCurrent(report).report(), converted);
        Path filled = dir.resolve("filled.docx");
        dr.templateFiller().fill(TEMPLATE, report, filled);
        for (Path out : List.of(converted, filled)) {
            try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
                assertPrinted(PrintedPlaces.printed(PrintedPlaces.grids(doc), Forms.current2021(), exp.path("cells"),
                        TABLES_2021), exp.path("cells"), out.getFileName() + " of " + file);
            }
        }
    }

    /** Every figure of every corpus report, found in the exported workbook by sheet, row label and column header. */
    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "pingtan2023.page.html", "seed-2017-huancui-cdpf.docx",
            "wuhan-eeb2020.docx"})
    void theWorkbookShowsEveryFigureWhereTheTablePrintsIt(String file) throws Exception {
        JsonNode exp = expected(file);
        Report report = DisclosureReports.read(CORPUS.resolve(file));
        Path out = dir.resolve("out.xlsx");
        DisclosureReports.defaults().xlsxExporter().export(report, List.of(), out);
        FormDefinition form = report.form(io.github.disclosurereport.form.FormSet.standard());
        Map<String, String> printed = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            for (FormTable t : form.tables()) {
                printed.putAll(PrintedPlaces.printed(PrintedPlaces.grids(wb, t), form, exp.path("cells"),
                        List.of(t.code())));
            }
        }
        assertPrinted(printed, exp.path("cells"), "workbook of " + file);
        if (report.format() == ReportFormat.CURRENT_2021) {
            assertThat(printed).as("every 2021 cell has a printed place").hasSize(exp.path("cells").size());
        }
    }

    private static void assertPrinted(Map<String, String> printed, JsonNode cells, String what) {
        // most cells must have been found by their labels, else the check would prove little
        List<String> missing = new ArrayList<>();
        cells.fieldNames().forEachRemaining(id -> {
            if (!printed.containsKey(id)) {
                missing.add(id);
            }
        });
        assertThat(printed.size()).as("cells found by their printed place in " + what + "; not found: " + missing)
                .isGreaterThanOrEqualTo(cells.size() * 9 / 10);
        List<String> wrong = new ArrayList<>();
        printed.forEach((id, text) -> {
            String want = PrintedPlaces.expectedText(cells.get(id));
            // no number expected: blank or a mark (—, -, /) as printed, never a figure
            boolean ok = cells.get(id).isNull() ? !text.matches(".*[0-9].*") : text.equals(want);
            if (!ok) {
                wrong.add(id + " printed “" + text + "”, expected “" + want + "”");
            }
        });
        assertThat(wrong).as(what).isEmpty();
    }
}
