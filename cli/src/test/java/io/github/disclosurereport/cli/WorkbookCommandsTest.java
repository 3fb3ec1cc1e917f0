package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Cell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** fill and correct take Excel workbooks (.xls here) through the command line and write the same type back. */
class WorkbookCommandsTest {

    static final Path BLANK_XLS = Path.of("src/test/resources/templates/legacy-statistics-blank.xls");

    @TempDir
    Path dir;

    @Test
    void fillAnXlsTemplateThenCorrectItsFullWidthDigits() throws Exception {
        Path filled = dir.resolve("统计表.xls");
        CliRun fill = CliRun.of("fill", BLANK_XLS.toString(), "--from", WriteCommandsTest.SEED.toString(), "-o",
                filled.toString());
        assertThat(fill.code()).as(fill.err()).isZero();
        assertThat(fill.out()).contains("填写单元格 / cells filled: 5");
        assertThat(DisclosureReports.read(filled).cell("L:1.2.2").map(Cell::value)).contains(new BigDecimal("103"));

        Path typed = dir.resolve("手填.xls");
        try (InputStream in = Files.newInputStream(filled); HSSFWorkbook wb = new HSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(typed)) {
            wb.getSheetAt(0).getRow(7).getCell(2).setCellValue("１０３");
            wb.write(os);
        }
        Path corrected = dir.resolve("更正后.xls");
        CliRun correct = CliRun.of("correct", typed.toString(), "-o", corrected.toString(), "--json");
        assertThat(correct.code()).as(correct.err()).isZero();
        JsonNode changes = new ObjectMapper().readTree(correct.out()).path("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("cell").asText()).isEqualTo("L:1.2.2");
        assertThat(changes.get(0).path("after").asText()).isEqualTo("103");
        assertThat(changes.get(0).path("location").path("cell").asText()).isEqualTo("C8");
        try (InputStream in = Files.newInputStream(corrected); HSSFWorkbook wb = new HSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(7).getCell(2).getNumericCellValue()).isEqualTo(103.0);
        }
    }
}
