package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.mapping.Header.DataColumn;
import io.github.disclosurereport.read.source.SourceTable;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.disclosurereport.read.mapping.Grids.cell;
import static io.github.disclosurereport.read.mapping.Grids.rows;
import static io.github.disclosurereport.read.mapping.Grids.span;
import static io.github.disclosurereport.read.mapping.Grids.table;
import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTest {

    private static FormTablePair current(String code) {
        return FormTablePair.of(Forms.current2021().table(code).orElseThrow(), Forms.trial2019());
    }

    /** T3's three header rows over one label column, then the first data row. */
    private static final SourceTable T3 = table(1,
            span(0, 0, 3, 1, "项目"), span(0, 1, 1, 7, "申请人情况"),
            span(1, 1, 2, 1, "自然人"), span(1, 2, 1, 5, "法人或其他组织"), span(1, 7, 2, 1, "总计"),
            cell(2, 2, "商业企业"), cell(2, 3, "科研机构"), cell(2, 4, "社会公益组织"), cell(2, 5, "法律服务机构"),
            cell(2, 6, "其他"),
            cell(3, 0, "一、本年新收政府信息公开申请数量"), cell(3, 1, "1"), cell(3, 2, "2"), cell(3, 3, "3"),
            cell(3, 4, "4"), cell(3, 5, "5"), cell(3, 6, "6"), cell(3, 7, "21"));

    @Test
    void headerRowsNameColumnsOrColumnGroupsAndHoldNoValues() {
        FormTablePair t3 = current("T3");
        assertThat(List.of(0, 1, 2, 3)).map(r -> HeaderReader.isHeaderRow(T3, r, t3))
                .containsExactly(true, true, true, false);
        // row labels alone make a header row only without blank cells (T4 prints its rows as column groups)
        FormTablePair t4 = current("T4");
        assertThat(HeaderReader.isHeaderRow(rows(1, new String[] {"行政复议", "行政诉讼"}), 0, t4)).isTrue();
        assertThat(HeaderReader.isHeaderRow(rows(1, new String[] {"行政复议", "", ""}), 0, t4)).isFalse();
        // a short text with digits that is no label is a value (减4)
        assertThat(HeaderReader.isHeaderRow(rows(1, new String[] {"结果维持", "减4"}), 0, t4)).isFalse();
    }

    @Test
    void aHeaderRunGivesTheDataColumnsLeftToRightUnderTheirDeepestHeaderCell() {
        List<ReadNote> notes = new ArrayList<>();
        Header h = HeaderReader.read(T3, 0, 2, current("T3"), notes);
        assertThat(h.columns()).extracting(d -> d.column().code())
                .containsExactly("natural", "commercial", "research", "nonprofit", "legal", "other", "total");
        assertThat(h.columns()).extracting(d -> d.headerCell().column()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(h.columns()).noneMatch(DataColumn::older);
        assertThat(h.block()).isNull();
        assertThat(h.firstDataColumn()).isEqualTo(1);
        assertThat(h.path(6)).extracting(c -> c.text()).containsExactly("申请人情况", "法人或其他组织", "其他");
        assertThat(h.namesRows()).isFalse();
        assertThat(notes).isEmpty();
    }

    @Test
    void aT4HeaderNamesRows() {
        SourceTable t4 = table(1, span(0, 0, 1, 2, "行政复议"), span(0, 2, 1, 2, "行政诉讼"),
                cell(1, 0, "结果维持"), cell(1, 1, "总计"), cell(1, 2, "结果维持"), cell(1, 3, "总计"));
        Header h = HeaderReader.read(t4, 0, 1, current("T4"), new ArrayList<>());
        assertThat(h.namesRows()).isTrue();
        assertThat(h.columns()).extracting(d -> d.column().code()).containsExactly("upheld", "total", "upheld", "total");
    }

    @Test
    void aTrialColumnInA2021BlockIsTakenFromTheTrialFormAndNoted() {
        SourceTable t2 = table(1, span(0, 0, 1, 3, "第二十条第（五）项"),
                cell(1, 0, "信息内容"), cell(1, 1, "上一年项目数量"), cell(1, 2, "本年处理决定数量"));
        List<ReadNote> notes = new ArrayList<>();
        Header h = HeaderReader.read(t2, 0, 1, current("T2"), notes);
        assertThat(h.blockCode()).isEqualTo("A20_5");
        assertThat(h.columns()).extracting(DataColumn::older).containsExactly(true, false);
        assertThat(h.columns()).extracting(DataColumn::column).extracting(FormColumn::code)
                .containsExactly("prev_items", "decisions");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReadNote.Code.TRIAL_COLUMN_IN_CURRENT);
            assertThat(n.message()).isEqualTo("第二部分“主动公开政府信息情况”的表格中“上一年项目数量”一栏是2019年试行格式的栏目，"
                    + "2021年格式已不再使用；该栏数据按试行格式保留");
            assertThat(n.cells()).containsExactly("T2:licensing:prev_items", "T2:other_services:prev_items");
            assertThat(n.location()).isEqualTo(SourceLocation.tableCell(1, 2, 2));
        });
    }
}
