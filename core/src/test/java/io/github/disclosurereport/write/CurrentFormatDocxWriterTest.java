package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.testutil.Sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentFormatDocxWriterTest {

    @TempDir
    Path dir;

    static Report sample() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        int i = 0;
        for (var def : Forms.current2021().cells()) {
            cells.put(def.id(), Cell.number(def.id(), BigDecimal.valueOf(i++), SourceLocation.DOCUMENT));
        }
        cells.put("T4:direct:pending", new Cell("T4:direct:pending", null, "—", CellState.NOT_APPLICABLE, null));
        List<Section> sections = List.of(new Section("一", "总体情况", List.of(new Paragraph("总体正文。", null)), null),
                new Section("二", "主动公开政府信息情况", List.of(), null),
                new Section("三", "收到和处理政府信息公开申请情况", List.of(), null),
                new Section("四", "政府信息公开行政复议、行政诉讼情况", List.of(), null),
                new Section("五", "存在的主要问题及改进情况", List.of(new Paragraph("问题。", null)), null),
                new Section("六", "其他需要报告的事项", List.of(new Paragraph("无。", null)), null));
        return new Report(ReportFormat.CURRENT_2021, new Metadata("某县人民政府2023年政府信息公开工作年度报告",
                "某县人民政府", "", 2023, java.time.LocalDate.of(2024, 1, 20), ""), List.of(), sections, cells,
                List.of(), null, List.of(), null);
    }

    @Test
    void tablesArePrintedInTheOfficialGridWithEveryValueInItsPlace() throws Exception {
        Path out = dir.resolve("out.docx");
        DisclosureReports.defaults().docxWriter().write(sample(), out);
        SourceDocument doc = Sources.read(out);
        assertThat(doc.tables()).hasSize(3);
        String[] codes = {"T2", "T3", "T4"};
        for (int t = 0; t < 3; t++) {
            TableLayout layout = TableLayout.of(Forms.current2021(), codes[t]);
            SourceTable printed = doc.tables().get(t);
            assertThat(printed.rowCount()).isEqualTo(layout.rows());
            assertThat(printed.columnCount()).isEqualTo(layout.columns());
            for (TableLayout.Cell c : layout.cells()) {
                var g = printed.cell(c.row(), c.column());
                assertThat(g.rowSpan()).isEqualTo(c.rowSpan());
                assertThat(g.columnSpan()).isEqualTo(c.columnSpan());
                String expected = c.kind() == TableLayout.Kind.VALUE
                        ? DocxCells.valueText(sample().cells().get(c.cellId())) : c.text();
                assertThat(g.text()).as(c.toString()).isEqualTo(expected);
            }
        }
        // the title too long for one line at 二号 is broken at a word boundary, and reads back whole
        assertThat(doc.paragraphs()).extracting(p -> p.text()).contains("某县人民政府2023年", "政府信息公开工作年度报告",
                "一、总体情况", "总体正文。", "六、其他需要报告的事项", "2024年1月20日");
        assertThat(DisclosureReports.read(out).metadata().title()).isEqualTo("某县人民政府2023年政府信息公开工作年度报告");
    }

    @Test
    void eachTableFollowsTheSectionItsCaptionNumbers() throws Exception {
        // a province that prints one more table, in section 五
        String tsv = new String(Forms.class.getResourceAsStream("current-2021.tsv").readAllBytes(),
                StandardCharsets.UTF_8) + "\nT5\tcaption\tnumber\t\t-\t\t五\n"
                + "T5\tcaption\ttitle\t\t-\t\t政务服务情况\n"
                + "T5\tcolumn\tcount\t\t-\t件\t数量\n"
                + "T5\trow\tservices\t\t-\t\t办理事项\n";
        FormDefinition withT5 = FormDefinition.load("with-t5", ReportFormat.CURRENT_2021, new StringReader(tsv));
        Path out = dir.resolve("out.docx");
        DisclosureReports.defaults().withForms(FormSet.standard().withForm(withT5)).docxWriter().write(sample(), out);
        SourceDocument doc = Sources.read(out);
        // each printed table shown as the form table whose layout has its grid and labels
        List<String> blocks = doc.blocks().stream()
                .map(b -> b instanceof SourceTable t ? "[" + printedTable(withT5, t) + "]" : ((SourceParagraph) b).text())
                .filter(b -> b.startsWith("[") || b.matches("[一二三四五六]、.*")).toList();
        assertThat(blocks).containsExactly("一、总体情况", "二、主动公开政府信息情况", "[T2]",
                "三、收到和处理政府信息公开申请情况", "[T3]", "四、政府信息公开行政复议、行政诉讼情况", "[T4]",
                "五、存在的主要问题及改进情况", "[T5]", "六、其他需要报告的事项");
    }

    private static String printedTable(FormDefinition form, SourceTable printed) {
        return form.tables().stream().map(FormTable::code).filter(code -> {
            TableLayout l = TableLayout.of(form, code);
            return l.rows() == printed.rowCount() && l.columns() == printed.columnCount() && l.cells().stream()
                    .filter(c -> c.kind() != TableLayout.Kind.VALUE)
                    .allMatch(c -> printed.cell(c.row(), c.column()).text().equals(c.text()));
        }).findFirst().orElse("?");
    }
}
