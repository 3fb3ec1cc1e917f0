package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;

import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The id sheet's format read back as it was written, without the exporter in between. */
class IdSheetTest {

    private static final SourceLocation HERE = SourceLocation.sheetCell("表三 依申请公开", 8, 10);

    @Test
    void linesWrittenAsRowsReadBackAsTheSameLines() throws IOException {
        List<IdSheet.Line> lines = List.of(
                IdSheet.Line.of("T3:R1:natural", "表三 依申请公开", "D6",
                        new Cell("T3:R1:natural", new BigDecimal("140"), "140", CellState.NUMBER, HERE), "n:140",
                        false),
                IdSheet.Line.of("T3:R1:total", "表三 依申请公开", "J6", null, "b:", true));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(IdSheet.NAME);
            List<List<String>> rows = IdSheet.rows(ReportFormat.CURRENT_2021, "hubei-2021", lines);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            assertThat(IdSheet.head(sheet)).contains(new IdSheet.Head(ReportFormat.CURRENT_2021, "hubei-2021"));
            assertThat(IdSheet.lines(sheet)).isEqualTo(lines);
        }
        assertThat(lines.get(1).absent()).isTrue();
        assertThat(lines.get(0).exported(HERE)).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualByComparingTo("140");
            assertThat(c.state()).isEqualTo(CellState.NUMBER);
        });
    }

    @Test
    void aSheetWithoutTheMarkerOrWithAnUnknownFormatIsNotOurs() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet other = wb.createSheet("other");
            other.createRow(0).createCell(0).setCellValue("something else");
            assertThat(IdSheet.head(other)).isEmpty();
            Sheet unknown = wb.createSheet(IdSheet.NAME);
            Row head = unknown.createRow(0);
            head.createCell(0).setCellValue(IdSheet.rows(ReportFormat.CURRENT_2021, "", List.of()).get(0).get(0));
            head.createCell(1).setCellValue("CURRENT_2099");
            assertThat(IdSheet.head(unknown)).isEmpty();
        }
        assertThat(IdSheet.head(null)).isEmpty();
    }

    @Test
    void contentReadsBackAsTheCellItEncodes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(2.50);
            row.createCell(1).setCellValue("—");
            row.createCell(2).setCellFormula("IF(1=1,\"\",0)"); // a total over blank parts
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(IdSheet.contentOf(row.getCell(0))).isEqualTo("n:2.5");
            assertThat(IdSheet.contentOf(row.getCell(1))).isEqualTo("s:—");
            assertThat(IdSheet.contentOf(row.getCell(2))).isEqualTo(IdSheet.BLANK);
            assertThat(IdSheet.contentOf(row.getCell(3))).isEqualTo(IdSheet.BLANK);
            assertThat(IdSheet.contentOf(new CellValue(3.0))).isEqualTo("n:3");
            assertThat(IdSheet.contentOf((CellValue) null)).isEqualTo(IdSheet.BLANK);
            assertThat(IdSheet.cellOf("x", "n:2.5", HERE).value()).isEqualByComparingTo("2.5");
            assertThat(IdSheet.cellOf("x", "n:1E+2", HERE).raw()).isEqualTo("100");
            assertThat(IdSheet.cellOf("x", "s:—", HERE).state()).isEqualTo(CellState.NOT_APPLICABLE);
            assertThat(IdSheet.cellOf("x", IdSheet.BLANK, HERE).state()).isEqualTo(CellState.EMPTY);
        }
    }

    @Test
    void aNumberLineWithoutItsValueIsNotTakenAsTheExportedCell() {
        IdSheet.Line damaged = new IdSheet.Line("T3:R1:natural", "s", "A1", "NUMBER", "140", "", "n:140", false);
        assertThat(damaged.exported(HERE)).isEmpty();
        IdSheet.Line unknownState = new IdSheet.Line("T3:R1:natural", "s", "A1", "SOMETHING", "", "", "b:", false);
        assertThat(unknownState.exported(HERE)).isEmpty();
        assertThat(unknownState.absent()).isFalse();
    }
}
