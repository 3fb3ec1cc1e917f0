package io.github.disclosurereport.read;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.testutil.BatchFolder;
import io.github.disclosurereport.validate.Finding;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's narrative and its 统计表 saved apart, read as one report. */
class AttachmentReadTest {

    private static final DisclosureReports DR = DisclosureReports.defaults();
    private static final Path CORPUS = BatchFolder.CORPUS;

    @Test
    void theNarrativeOfOneFileAndTheCellsOfTheOtherMakeTheReportThatPrintsBoth(@TempDir Path dir) throws Exception {
        Report whole = DR.reader().read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        Path narrative = dir.resolve("narrative.json");
        Files.writeString(narrative, DR.toJson(whole.withCells(Map.of())));
        Report joined = DR.reader().read(narrative, CORPUS.resolve("seed-2017-statistics.xlsx"));

        assertThat(joined.format()).isEqualTo(whole.format());
        assertThat(joined.metadata()).isEqualTo(whole.metadata());
        assertThat(joined.sections()).extracting(s -> s.heading() + s.paragraphs().stream()
                .map(p -> p.text()).toList()).isEqualTo(whole.sections().stream().map(s -> s.heading()
                + s.paragraphs().stream().map(p -> p.text()).toList()).toList());
        assertThat(values(joined)).isEqualTo(values(whole));
        assertThat(joined.cell("L:1.2.2").orElseThrow().location().describe()).isEqualTo("工作表“Sheet1”C8单元格");
        assertThat(joined.source().fileName()).isEqualTo("narrative.json + seed-2017-statistics.xlsx");
        assertThat(DR.validator().validate(joined).findings()).extracting(Finding::rule)
                .contains("A-CHANNEL").doesNotContain("S4", "N1");
    }

    @Test
    void theTextIsComparedWithTheAttachmentsCells(@TempDir Path dir) throws Exception {
        Report whole = DR.reader().read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        Path narrative = dir.resolve("narrative.json");
        Files.writeString(narrative, DR.toJson(whole.withCells(Map.of())));
        // the sheet gives 104 published on the website where the text says 在政府信息公开网站主动公开发布各类信息103条
        Path sheet = dir.resolve("统计表.xlsx");
        try (InputStream in = Files.newInputStream(CORPUS.resolve("seed-2017-statistics.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(sheet)) {
            wb.getSheetAt(0).getRow(7).getCell(2).setCellValue(104);
            wb.write(out);
        }
        Report joined = DR.reader().read(narrative, sheet);
        assertThat(joined.cell("L:1.2.2").flatMap(Cell::numericValue)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("104"));
        assertThat(DR.validator().validate(joined).ofRule("N1")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("L:1.2.2");
            assertThat(f.message()).contains("103", "104");
        });
        // neither file alone has both the figure and the cell
        assertThat(DR.validator().validate(DR.reader().read(narrative)).ofRule("N1")).isEmpty();
        assertThat(DR.validator().validate(DR.reader().read(sheet)).ofRule("N1")).isEmpty();
    }

    private static Map<String, String> values(Report r) {
        return r.cells().values().stream().filter(c -> c.value() != null)
                .collect(Collectors.toMap(Cell::id, c -> c.value().toPlainString()));
    }
}
