package io.github.disclosurereport.read.source;

import io.github.disclosurereport.testutil.Sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocSourceReaderTest {

    static Path corpus(String name) {
        return Path.of("src/test/resources/corpus", name);
    }

    /**
     * The .doc and its .docx twin give the same intermediate. Paragraph texts are compared with trailing
     * whitespace stripped: the .docx twins were converted by LibreOffice, which turned a "page break before" into a
     * trailing page-break run that XWPF prints as "\n" (seed-2017-huancui-cdpf, paragraph 31).
     */
    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023", "seed-2017-huancui-cdpf"})
    void docGivesTheSameIntermediateAsItsDocxTwin(String name) throws Exception {
        SourceDocument doc = Sources.read(corpus(name + ".doc"));
        SourceDocument docx = Sources.read(corpus(name + ".docx"));
        assertThat(doc.fileType()).isEqualTo("doc");
        assertThat(docx.fileType()).isEqualTo("docx");

        assertThat(shape(doc.blocks())).isEqualTo(shape(docx.blocks()));
        assertThat(doc.paragraphs()).hasSameSizeAs(docx.paragraphs());
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            SourceParagraph a = doc.paragraphs().get(i);
            SourceParagraph b = docx.paragraphs().get(i);
            assertThat(a.number()).isEqualTo(b.number());
            assertThat(a.location()).isEqualTo(b.location());
            assertThat(a.text().stripTrailing()).as("paragraph %d", a.number()).isEqualTo(b.text().stripTrailing());
        }
        assertThat(doc.tables()).hasSameSizeAs(docx.tables());
        for (int t = 0; t < doc.tables().size(); t++) {
            SourceTable a = doc.tables().get(t);
            SourceTable b = docx.tables().get(t);
            assertThat(a.number()).isEqualTo(b.number());
            assertThat(a.rowCount()).as("rows of table %d", t + 1).isEqualTo(b.rowCount());
            assertThat(a.columnCount()).as("columns of table %d", t + 1).isEqualTo(b.columnCount());
            for (int r = 0; r < a.rowCount(); r++) {
                for (int c = 0; c < a.columnCount(); c++) {
                    assertThat(a.cell(r, c)).as("table %d cell (%d,%d)", t + 1, r, c).isEqualTo(b.cell(r, c));
                    assertThat(a.location(r, c)).isEqualTo(b.location(r, c));
                }
            }
        }
    }

    /** P for a paragraph, T<rows>x<columns> for a table, in document order. */
    private static List<String> shape(List<SourceBlock> blocks) {
        return blocks.stream().map(b -> b instanceof SourceTable t ? "T" + t.rowCount() + "x" + t.columnCount() : "P")
                .toList();
    }

    @Test
    void mergedCellsOfTheDocSpanTheirWholeArea() throws Exception {
        SourceTable t3 = Sources.read(corpus("jinhu2023.doc")).tables().get(1);
        GridCell note = t3.cell(0, 0);
        assertThat(note.text()).contains("勾稽关系");
        assertThat(note.rowSpan()).isEqualTo(3);
        assertThat(note.columnSpan()).isEqualTo(3);
        assertThat(t3.cell(2, 2)).isSameAs(note);
        GridCell results = t3.cell(5, 0);
        assertThat(results.text()).isEqualTo("三、本年度办理结果");
        assertThat(results.rowSpan()).isEqualTo(22);
        assertThat(t3.text(26, 1)).isEqualTo("（七）总计");
        assertThat(t3.cell(26, 1).columnSpan()).isEqualTo(2);
        assertThat(t3.text(3, 9)).isEqualTo("143");
    }

    @Test
    void fieldCodesAndControlMarksAreNotText() {
        // PAGE field with result "3", a cell mark, a picture placeholder, a manual line break
        assertThat(DocSourceReader.clean("第\u0013 PAGE \u00143\u0015页\u0007")).isEqualTo("第3页");
        assertThat(DocSourceReader.clean("\u0001图\u000b说明\r")).isEqualTo("图\n说明");
        // nested fields: only the outer result is printed
        assertThat(DocSourceReader.clean("\u0013 IF \u0013 PAGE \u00141\u0015 = 1 \"a\" \u0014a\u0015b"))
                .isEqualTo("ab");
        // a field without a result prints nothing
        assertThat(DocSourceReader.clean("x\u0013 TC \"y\" \u0015z")).isEqualTo("xz");
    }
}
