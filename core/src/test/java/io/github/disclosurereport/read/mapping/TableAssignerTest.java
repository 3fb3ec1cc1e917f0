package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.disclosurereport.read.mapping.Grids.rows;
import static org.assertj.core.api.Assertions.assertThat;

class TableAssignerTest {

    private static final FormDefinition CURRENT = Forms.current2021();

    private static Map<String, List<SourceTable>> assign(SourceBlock... blocks) {
        List<FormTablePair> tables = CURRENT.tables().stream().map(t -> FormTablePair.of(t, Forms.trial2019()))
                .toList();
        return new TableAssigner(tables).assign(new SourceDocument("x.docx", "docx", List.of(blocks)));
    }

    @Test
    void aTableIsTheFormTableWhoseLabelsItPrintsAndItsHeaderlessRestAfterAPageBreakFollowsIt() {
        SourceTable t4 = rows(1, new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结"},
                new String[] {"1", "2", "3", "4"});
        SourceTable rest = rows(2, new String[] {"5", "6", "7", "8"});
        Map<String, List<SourceTable>> assigned = assign(t4, rest);
        assertThat(assigned).containsOnlyKeys("T4");
        assertThat(assigned.get("T4")).containsExactly(t4, rest);
    }

    @Test
    void textBetweenTablesOrAnotherWidthEndsTheContinuation() {
        SourceTable t4 = rows(1, new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结"},
                new String[] {"1", "2", "3", "4"});
        SourceTable afterText = rows(2, new String[] {"5", "6", "7", "8"});
        SourceTable narrower = rows(3, new String[] {"5", "6", "7"});
        assertThat(assign(t4, new SourceParagraph(1, "以上为行政复议情况", null), afterText).get("T4"))
                .containsExactly(t4);
        assertThat(assign(t4, narrower).get("T4")).containsExactly(t4);
        // an empty paragraph is only the spacing Word keeps between tables
        assertThat(assign(t4, new SourceParagraph(1, " ", null), afterText).get("T4")).containsExactly(t4, afterText);
    }

    @Test
    void fewerThanThreeFormLabelsOrATieIsNoFormTable() {
        // 总计 and 其他 are labels of T3 (and 总计 of T4): two hits at most
        SourceTable unrelated = rows(1, new String[] {"项目", "总计"}, new String[] {"其他", "3"});
        assertThat(assign(unrelated)).isEmpty();
        SourceTable tie = rows(1, new String[] {"自然人", "商业企业", "科研机构", "结果维持", "结果纠正", "其他结果"});
        assertThat(assign(tie)).isEmpty();
        SourceTable t3 = rows(1, new String[] {"自然人", "商业企业", "科研机构", "结果维持", "结果纠正", "社会公益组织"});
        assertThat(assign(t3)).containsOnlyKeys("T3");
    }
}
