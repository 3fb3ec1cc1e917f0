package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.FormGroup;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.read.mapping.RowMatcher.RowMatch;
import io.github.disclosurereport.read.source.GridCell;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.disclosurereport.read.mapping.Grids.cell;
import static io.github.disclosurereport.read.mapping.Grids.span;
import static org.assertj.core.api.Assertions.assertThat;

class RowMatcherTest {

    private static final Header NO_HEADER = new Header(List.of(), null, List.of(), false);

    private static FormTablePair current(String code) {
        return FormTablePair.of(Forms.current2021().table(code).orElseThrow(), Forms.trial2019());
    }

    private static List<GridCell> path(String... labels) {
        List<GridCell> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            out.add(cell(0, i, labels[i]));
        }
        return out;
    }

    private static FormRow row(String code, String parent, String label) {
        return new FormRow(code, parent, Check.NONE, "", "", label);
    }

    @Test
    void theDeepestLabelNamesTheRowExactlyBeforeLoosely() {
        FormTablePair t3 = current("T3");
        assertThat(RowMatcher.rowOf(path("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"), NO_HEADER, t3))
                .isEqualTo(new RowMatch(t3.own().row("R3.3.1").orElseThrow(), false));
        // appended text: only a loose match, still this form's row
        assertThat(RowMatcher.rowOf(path("四、结转下年度继续办理的申请数"), NO_HEADER, t3))
                .isEqualTo(new RowMatch(t3.own().row("R4").orElseThrow(), false));
        assertThat(RowMatcher.rowOf(path("本年度新增的其他事项"), NO_HEADER, t3)).isNull();
    }

    @Test
    void aLabelThatIsAGroupHereButARowOfTheTrialFormIsTheTrialRow() {
        FormTablePair t3 = current("T3");
        RowMatch m = RowMatcher.rowOf(path("三、本年度办理结果", "（六）其他处理"), NO_HEADER, t3);
        assertThat(m.older()).isTrue();
        assertThat(m.row()).isEqualTo(t3.older().row("R3.6").orElseThrow());
    }

    @Test
    void aGroupLabelIsNoRowHoweverLooselyItReadsLikeOne() {
        FormRow handled = row("handled", "", "不予处理的申请");
        FormTable withGroup = new FormTable("T9", List.of(handled), List.of(),
                List.of(new FormGroup("group", "refused", "", "（五）不予处理")), List.of());
        FormTable withoutGroup = new FormTable("T9", List.of(handled), List.of(), List.of(), List.of());
        assertThat(RowMatcher.rowOf(path("（五）不予处理"), NO_HEADER, FormTablePair.of(withoutGroup, null)))
                .isEqualTo(new RowMatch(handled, false));
        assertThat(RowMatcher.rowOf(path("（五）不予处理"), NO_HEADER, FormTablePair.of(withGroup, null))).isNull();
    }

    @Test
    void theSameLabelUnderTwoGroupsIsTheOneWhoseGroupThePathPrints() {
        FormRow firstOther = row("a_other", "a", "其他");
        FormRow secondOther = row("b_other", "b", "其他");
        FormTable t = new FormTable("T9", List.of(firstOther, secondOther), List.of(),
                List.of(new FormGroup("group", "a", "", "甲类"), new FormGroup("group", "b", "", "乙类")), List.of());
        FormTablePair pair = FormTablePair.of(t, null);
        assertThat(RowMatcher.rowOf(path("乙类", "其他"), NO_HEADER, pair)).isEqualTo(new RowMatch(secondOther, false));
        assertThat(RowMatcher.rowOf(path("甲类", "其他"), NO_HEADER, pair)).isEqualTo(new RowMatch(firstOther, false));
        assertThat(RowMatcher.rowOf(path("其他"), NO_HEADER, pair)).isNull();
    }

    @Test
    void aT4DataColumnTakesTheRowNamedAboveItButNotAColumnLabel() {
        FormTablePair t4 = current("T4");
        GridCell total = cell(2, 3, "总计");
        List<List<GridCell>> paths = List.of(List.of(), List.of(), List.of(),
                List.of(span(0, 1, 1, 3, "行政诉讼"), span(1, 1, 1, 3, "未经复议直接起诉"), total));
        Header h = new Header(paths, null, List.of(), true);
        assertThat(RowMatcher.rowInHeader(h, total, t4))
                .isEqualTo(new RowMatch(t4.own().row("direct").orElseThrow(), false));
        // T3's 总计 column is not the row （七）总计
        GridCell t3Total = cell(0, 0, "总计");
        Header t3 = new Header(List.of(List.of(t3Total)), null, List.of(), false);
        assertThat(RowMatcher.rowInHeader(t3, t3Total, current("T3"))).isNull();
        assertThat(RowMatcher.namesRows(paths, t4.own())).isTrue();
        assertThat(RowMatcher.namesRows(t3.paths(), current("T3").own())).isFalse();
    }
}
