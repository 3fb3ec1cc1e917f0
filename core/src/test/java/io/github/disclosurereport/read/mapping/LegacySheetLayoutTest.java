package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceTable;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics table as a spreadsheet holds it: title, year and 单位名称 as merged rows above the header, the
 * footnote and sign-off fields as rows below, every indicator printed flush left.
 */
class LegacySheetLayoutTest {

    @Test
    void headerAndFooterRowsInsideTheSheetAreFieldsNotIndicators() {
        FormTable form = Forms.legacyStatistics().table("L").orElseThrow();
        List<GridCell> cells = new ArrayList<>();
        cells.add(new GridCell(0, 0, 1, 3, "政府信息公开工作情况统计表"));
        cells.add(new GridCell(1, 0, 1, 3, "（2017年度）"));
        cells.add(new GridCell(2, 0, 1, 3, "单位名称：某某区卫生局"));
        String[] header = {"统计指标", "单位", "统计数"};
        for (int c = 0; c < 3; c++) {
            cells.add(new GridCell(3, c, 1, 1, header[c]));
        }
        int r = 4;
        int n = 0;
        for (FormRow row : form.rows()) {
            cells.add(new GridCell(r, 0, 1, 1, row.label()));
            cells.add(new GridCell(r, 1, 1, 1, row.unit()));
            cells.add(new GridCell(r, 2, 1, 1, row.unit().isEmpty() ? "" : Integer.toString(n++)));
            r++;
        }
        cells.add(new GridCell(r++, 0, 1, 3, "（注：各子栏目数总数要等于总栏目数量）"));
        cells.add(new GridCell(r, 0, 1, 3, "单位负责人：甲 审核人：乙 填报人：丙 联系电话：123 填报日期：2018年1月5日"));
        SourceTable sheet = new SourceTable(1, "统计表", 0, 0, cells);

        TableContent content = LegacyStatisticsMapper.map(new SourceDocument("s.xlsx", "xlsx", List.of(sheet)), List.of(Forms.legacyStatistics()));

        assertThat(content.notes()).isEmpty();
        assertThat(content.genericTables()).isEmpty();
        assertThat(content.cells()).hasSize(form.cells().size());
        assertThat(content.cells().keySet()).containsExactlyElementsOf(
                form.cells().stream().map(c -> c.id()).toList());
        int expected = 0;
        for (var c : content.cells().values()) {
            assertThat(c.state()).isEqualTo(CellState.NUMBER);
            assertThat(c.value().intValueExact()).as(c.id()).isEqualTo(expected++);
        }
        assertThat(content.cells().get("L:1.1").location()).isEqualTo(SourceLocation.sheetCell("统计表", 6, 3));
        assertThat(content.cells().get("L:1.1").location().a1Reference()).isEqualTo("C6");
        assertThat(content.organization()).isEqualTo("某某区卫生局");
        assertThat(content.year()).isEqualTo(2017);
        assertThat(content.signOff().unitHead()).isEqualTo("甲");
        assertThat(content.signOff().preparer()).isEqualTo("丙");
        assertThat(content.signOff().phone()).isEqualTo("123");
        assertThat(content.signOff().fillDate()).isEqualTo("2018年1月5日");
    }
}
