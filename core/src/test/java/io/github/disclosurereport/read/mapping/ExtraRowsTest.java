package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceTable;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.disclosurereport.read.mapping.Grids.cell;
import static io.github.disclosurereport.read.mapping.Grids.span;
import static io.github.disclosurereport.read.mapping.Grids.table;
import static org.assertj.core.api.Assertions.assertThat;

class ExtraRowsTest {

    private static final FormTable T2 = Forms.current2021().table("T2").orElseThrow();

    @Test
    void unknownRowsUnderAHeaderBecomeOneGenericTableWithANotePerRow() {
        SourceTable t = table(1, span(0, 0, 1, 4, "第二十条第（一）项"),
                cell(1, 0, "信息内容"), cell(1, 1, "本年制发件数"), cell(1, 2, "本年废止件数"), cell(1, 3, "现行有效件数"),
                cell(2, 0, "其他主动公开文件"), cell(2, 1, "186"), cell(2, 2, "86"), cell(2, 3, "255"),
                cell(3, 0, "内部文件"), cell(3, 1, ""), cell(3, 2, "-"), cell(3, 3, "3"));
        List<ReadNote> notes = new ArrayList<>();
        Header h = HeaderReader.read(t, 0, 1, FormTablePair.of(T2, null), notes);
        ExtraRows extra = new ExtraRows(notes);
        extra.add(2);
        extra.add(3);
        extra.flush(t, T2, h);
        extra.flush(t, T2, h); // nothing pending: no second table

        assertThat(extra.tables()).singleElement().satisfies(g -> {
            assertThat(g.caption()).isEqualTo("第二部分“主动公开政府信息情况”的表格（第二十条第（一）项）中的非表格项目行");
            assertThat(g.columns()).containsExactly("本年制发件数", "本年废止件数", "现行有效件数");
            assertThat(g.rows()).extracting(GenericTable.Row::label).containsExactly("其他主动公开文件", "内部文件");
            assertThat(g.rows().get(0).values()).extracting(Cell::id).containsExactly("G1:1:1", "G1:1:2", "G1:1:3");
            assertThat(g.rows().get(1).values()).extracting(Cell::raw).containsExactly("", "-", "3");
        });
        assertThat(notes).extracting(ReadNote::code).containsExactly(ReadNote.Code.EXTRA_ROW, ReadNote.Code.EXTRA_ROW);
        assertThat(notes.get(0).message()).isEqualTo("第二部分“主动公开政府信息情况”的表格（第二十条第（一）项）多出一行“其他主动公开文件”，"
                + "不是统一格式中的项目；已原样保留，未计入表格数据");
        assertThat(notes.get(1).location()).isEqualTo(SourceLocation.tableCell(1, 4, 1));
    }
}
