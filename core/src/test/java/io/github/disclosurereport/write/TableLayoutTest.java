package io.github.disclosurereport.write;

import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.testutil.Sources;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout derived from the forms has the official shape: the same grid as a real 2021 report's tables. */
class TableLayoutTest {

    @Test
    void everyCurrentTableHasTheGridOfARealReport() throws Exception {
        SourceDocument real = Sources.read(Path.of("src/test/resources/corpus/jinhu2023.docx"));
        List<String> codes = List.of("T2", "T3", "T4");
        for (int i = 0; i < 3; i++) {
            TableLayout layout = TableLayout.of(Forms.current2021(), codes.get(i));
            SourceTable printed = real.tables().get(i);
            assertThat(layout.rows()).as(codes.get(i) + " rows").isEqualTo(printed.rowCount());
            assertThat(layout.columns()).as(codes.get(i) + " columns").isEqualTo(printed.columnCount());
            for (TableLayout.Cell c : layout.cells()) {
                var g = printed.cell(c.row(), c.column());
                assertThat(g).as(codes.get(i) + " cell at " + c.row() + "," + c.column()).isNotNull();
                assertThat(g.row()).isEqualTo(c.row());
                assertThat(g.column()).isEqualTo(c.column());
                assertThat(g.rowSpan()).as(codes.get(i) + " rowSpan at " + c).isEqualTo(c.rowSpan());
                assertThat(g.columnSpan()).as(codes.get(i) + " colSpan at " + c).isEqualTo(c.columnSpan());
                if (c.kind() != TableLayout.Kind.VALUE) {
                    assertThat(g.text()).as(codes.get(i) + " text at " + c).isEqualTo(c.text());
                }
            }
            assertThat(layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.VALUE).count())
                    .isEqualTo(Forms.current2021().table(codes.get(i)).orElseThrow().cells().size());
        }
    }

    @Test
    void legacyLayoutIndentsByTheFormTree() {
        TableLayout l = TableLayout.of(Forms.legacyStatistics(), "L");
        assertThat(l.columns()).isEqualTo(3);
        assertThat(l.cells()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("2.政府网站公开政府信息数");
            assertThat(c.depth()).isEqualTo(2);
        });
        assertThat(l.cells()).filteredOn(c -> c.kind() == TableLayout.Kind.VALUE).hasSize(78);
    }

    @Test
    void aLegacyTableIsHeadedAsItsFormPrintsIt() {
        assertThat(headers(TableLayout.of(Forms.legacyStatistics(), "L"))).containsExactly("统计指标", "单位", "统计数");
        // Fujian's form: its own label and unit headers, its two value columns
        assertThat(headers(TableLayout.of(Forms.variant("fujian-legacy-2008"), "L")))
                .containsExactly("指标名称", "计量单位", "本年度", "历年累计");
    }

    private static List<String> headers(TableLayout layout) {
        return layout.cells().stream().filter(c -> c.kind() == TableLayout.Kind.HEADER).map(TableLayout.Cell::text)
                .toList();
    }
}
