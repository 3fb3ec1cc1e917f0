package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.source.SourceTable;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.github.disclosurereport.read.mapping.Grids.rows;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    private static final FormTable T4 = Forms.current2021().table("T4").orElseThrow();
    private static final SourceTable PRINTED = rows(3, new String[] {"行政复议"});

    private static Set<String> allBut(Predicate<String> missing) {
        return T4.cells().stream().map(CellDefinition::id).filter(missing.negate()).collect(Collectors.toSet());
    }

    @Test
    void aWholeMissingRowIsOneNoteWithItsCells() {
        List<ReadNote> notes = Coverage.missing(T4, allBut(id -> id.startsWith("T4:review:")), PRINTED);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReadNote.Code.ROW_MISSING);
            assertThat(n.message()).isEqualTo("第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺少“行政复议”一行（漏项）");
            assertThat(n.cells()).containsExactly("T4:review:upheld", "T4:review:corrected", "T4:review:other",
                    "T4:review:pending", "T4:review:total");
            assertThat(n.location()).isEqualTo(SourceLocation.tableCell(3, 1, 1));
        });
    }

    @Test
    void aWholeMissingColumnIsOneNoteWithItsCells() {
        List<ReadNote> notes = Coverage.missing(T4, allBut(id -> id.endsWith(":pending")), PRINTED);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReadNote.Code.COLUMN_MISSING);
            assertThat(n.message()).isEqualTo("第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺少“尚未审结”一栏（漏项）");
            assertThat(n.cells()).containsExactly("T4:review:pending", "T4:direct:pending", "T4:after_review:pending");
        });
    }

    @Test
    void aSingleMissingCellIsACellNoteAndNothingMissingIsNoNote() {
        List<ReadNote> notes = Coverage.missing(T4, allBut(id -> id.equals("T4:direct:upheld")), PRINTED);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReadNote.Code.CELL_MISSING);
            assertThat(n.message()).isEqualTo("第四部分“政府信息公开行政复议、行政诉讼情况”的表格中“未经复议直接起诉 / 结果维持”"
                    + "没有对应的单元格");
            assertThat(n.cells()).containsExactly("T4:direct:upheld");
        });
        assertThat(Coverage.missing(T4, allBut(id -> false), PRINTED)).isEmpty();
    }

    @Test
    void theNotesNameTheTableByTheCaptionOfTheFormItWasReadWith() throws Exception {
        // the Hubei variant gives no caption: its T4 is named as the national form names it
        FormTable hubei = Forms.variant("hubei-trial-2019").table("T4").orElseThrow();
        assertThat(Coverage.missing(hubei, allBut(id -> id.startsWith("T4:review:")), PRINTED))
                .extracting(ReadNote::message)
                .containsExactly("第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺少“行政复议”一行（漏项）");

        // a variant that captions T4 itself is named so
        String tsv = "table\tkind\tcode\tparent\tcheck\tunit\tlabel\n"
                + "T4\tcaption\tnumber\t\t-\t\t五\n"
                + "T4\tcaption\ttitle\t\t-\t\t行政复议和行政诉讼情况\n"
                + "T4\tcolumn\tupheld\t\t-\t件\t结果维持\n"
                + "T4\trow\treview\t\t-\t\t行政复议\n"
                + "T4\trow\tdirect\t\t-\t\t未经复议直接起诉\n";
        FormTable own = FormDefinition.load("own", ReportFormat.CURRENT_2021, new StringReader(tsv)).table("T4")
                .orElseThrow();
        assertThat(Coverage.missing(own, Set.of("T4:direct:upheld"), PRINTED)).extracting(ReadNote::message)
                .containsExactly("第五部分“行政复议和行政诉讼情况”的表格缺少“行政复议”一行（漏项）");
        assertThat(MappingNotes.tableMissing(own, java.util.Optional.empty()).message())
                .isEqualTo("未找到第五部分“行政复议和行政诉讼情况”的表格（可能以图片形式插入或被省略），该表数据无法读取");
    }
}
