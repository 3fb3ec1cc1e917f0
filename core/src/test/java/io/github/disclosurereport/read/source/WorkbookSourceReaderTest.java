package io.github.disclosurereport.read.source;

import io.github.disclosurereport.testutil.Sources;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookSourceReaderTest {

    @TempDir
    Path temp;

    static Path corpus(String name) {
        return Path.of("src/test/resources/corpus", name);
    }

    /** The statistics sheet gives, cell for cell, the statistics table of the report's .docx twin. */
    @ParameterizedTest
    @ValueSource(strings = {"seed-2017-statistics.xlsx", "seed-2017-statistics.xls"})
    void statisticsSheetEqualsTheDocxStatisticsTable(String file) throws Exception {
        SourceDocument sheet = Sources.read(corpus(file));
        SourceTable docxTable = Sources.read(corpus("seed-2017-huancui-cdpf.docx")).tables()
                .get(0);
        assertThat(sheet.fileType()).isEqualTo(file.substring(file.lastIndexOf('.') + 1));
        assertThat(sheet.tables()).hasSize(1);
        SourceTable t = sheet.tables().get(0);
        assertThat(t.sheet()).isEqualTo("Sheet1");
        assertThat(t.rowCount()).isEqualTo(docxTable.rowCount()).isEqualTo(87);
        assertThat(t.columnCount()).isEqualTo(docxTable.columnCount()).isEqualTo(3);
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                assertThat(t.text(r, c)).as("row %d column %d", r, c).isEqualTo(docxTable.text(r, c));
            }
        }
        // a numeric cell 103.0 prints as Excel shows it, at its real sheet address
        assertThat(t.text(7, 2)).isEqualTo("103");
        assertThat(t.location(7, 2).a1Reference()).isEqualTo("C8");
        assertThat(t.location(7, 2).describe()).isEqualTo("工作表“Sheet1”C8单元格");
    }

    /**
     * A sheet laid out like the printed form: a merged title, the year, 单位名称, the table, a note and the sign-off
     * fields. Rows outside the table body become paragraphs, the body keeps its real position on the sheet.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void titleAndSignOffRowsBecomeParagraphsAroundTheTable(String type) throws Exception {
        SourceTable seed = Sources.read(corpus("seed-2017-statistics." + type)).tables().get(0);
        Path file = temp.resolve("form." + type);
        try (Workbook wb = type.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet s = wb.createSheet("统计表");
            text(s, 0, 0, "政府信息公开工作情况统计表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            text(s, 1, 0, "（2017年度）");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            text(s, 2, 0, "单位名称：威海市环翠区残疾人联合会");
            text(s, 2, 2, "填报日期：2018年3月18日"); // two form fields on one row are still a line of text
            for (int r = 0; r < seed.rowCount(); r++) {
                for (int c = 0; c < seed.columnCount(); c++) {
                    String v = seed.text(r, c);
                    if (v.matches("\\d+")) {
                        cell(s, r + 3, c).setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        text(s, r + 3, c, v);
                    } else {
                        cell(s, r + 3, c); // a blank, bordered cell as in the real form
                    }
                }
            }
            int after = seed.rowCount() + 3;
            text(s, after, 0, "（注：各子栏目数总数要等于总栏目数量）");
            text(s, after + 1, 0, "单位负责人：张三");
            text(s, after + 1, 1, "审核人：李四");
            text(s, after + 1, 2, "填报人：王五");
            text(s, after + 2, 0, "联系电话：0631-1234567");
            write(wb, file);
        }
        SourceDocument doc = Sources.read(file);

        assertThat(doc.blocks()).hasSize(7);
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly(
                "政府信息公开工作情况统计表", "（2017年度）", "单位名称：威海市环翠区残疾人联合会 填报日期：2018年3月18日",
                "（注：各子栏目数总数要等于总栏目数量）", "单位负责人：张三 审核人：李四 填报人：王五",
                "联系电话：0631-1234567");
        assertThat(doc.paragraphs()).extracting(SourceParagraph::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(doc.paragraphs().get(2).location().a1Reference()).isEqualTo("A3");
        assertThat(doc.blocks().get(3)).isInstanceOf(SourceTable.class);
        SourceTable t = doc.tables().get(0);
        assertThat(t.rowCount()).isEqualTo(87);
        assertThat(t.columnCount()).isEqualTo(3);
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                assertThat(t.text(r, c)).isEqualTo(seed.text(r, c));
            }
        }
        assertThat(t.location(0, 0).a1Reference()).isEqualTo("A4");
        assertThat(t.location(7, 2).a1Reference()).isEqualTo("C11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsPrintAsShownAndMergesSpanTheirArea(String type) throws Exception {
        Path file = temp.resolve("shown." + type);
        try (Workbook wb = type.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            wb.createSheet("空表");
            Sheet s = wb.createSheet("数据");
            // a table starting at C5: a header merged over two columns, a label merged over two rows
            text(s, 4, 2, "项目");
            s.addMergedRegion(new CellRangeAddress(4, 5, 2, 2));
            text(s, 4, 3, "数量");
            s.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
            text(s, 5, 3, "本年");
            text(s, 5, 4, "上年");
            text(s, 6, 2, "行政许可");
            cell(s, 6, 3).setCellValue(103.0);
            cell(s, 6, 4).setCellFormula("D7*2");
            text(s, 7, 2, "收费金额");
            Cell money = cell(s, 7, 3);
            money.setCellValue(1.5);
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            money.setCellStyle(twoDecimals);
            text(s, 7, 4, "第一行\r\n第二行");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(wb, file);
        }
        SourceDocument doc = Sources.read(file);
        assertThat(doc.paragraphs()).isEmpty();
        assertThat(doc.tables()).hasSize(1);
        SourceTable t = doc.tables().get(0);
        assertThat(t.number()).isEqualTo(2);
        assertThat(t.sheet()).isEqualTo("数据");
        assertThat(t.rowCount()).isEqualTo(4);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.cell(0, 0).rowSpan()).isEqualTo(2);
        assertThat(t.cell(1, 0)).isSameAs(t.cell(0, 0));
        assertThat(t.cell(0, 1).columnSpan()).isEqualTo(2);
        assertThat(t.cell(0, 2)).isSameAs(t.cell(0, 1));
        assertThat(t.text(2, 1)).isEqualTo("103");
        assertThat(t.text(2, 2)).isEqualTo("206");
        assertThat(t.text(3, 1)).isEqualTo("1.50");
        assertThat(t.text(3, 2)).isEqualTo("第一行\n第二行");
        assertThat(t.location(2, 2).a1Reference()).isEqualTo("E7");
        assertThat(t.location(0, 0).describe()).isEqualTo("工作表“数据”C5单元格");
    }

    @Test
    void aSheetWithoutTwoCellRowsIsText() throws Exception {
        Path file = temp.resolve("notes.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("说明");
            text(s, 0, 0, "填表说明");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 1)); // a title two rows high: one line of text
            text(s, 2, 1, "一、本表数据截至12月31日。");
            write(wb, file);
        }
        SourceDocument doc = Sources.read(file);
        assertThat(doc.tables()).isEmpty();
        assertThat(doc.paragraphs()).extracting(SourceParagraph::text)
                .containsExactly("填表说明", "一、本表数据截至12月31日。");
        assertThat(doc.paragraphs().get(1).location().a1Reference()).isEqualTo("B3");
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c, CellType.BLANK) : row.getCell(c);
    }

    private static void text(Sheet s, int r, int c, String v) {
        cell(s, r, c).setCellValue(v);
    }

    static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
