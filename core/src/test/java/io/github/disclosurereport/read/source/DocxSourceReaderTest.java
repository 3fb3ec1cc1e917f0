package io.github.disclosurereport.read.source;

import io.github.disclosurereport.testutil.Sources;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DocxSourceReaderTest {

    static Path corpus(String name) {
        return Path.of("src/test/resources/corpus", name);
    }

    @Test
    void mergedCellsBecomeOneCellOverTheirWholeSpan() throws Exception {
        SourceDocument doc = Sources.read(corpus("jinhu2023.docx"));
        assertThat(doc.tables()).hasSize(3);
        SourceTable t3 = doc.tables().get(1);
        assertThat(t3.rowCount()).isEqualTo(28);
        assertThat(t3.columnCount()).isEqualTo(10);
        // the note spans 3 label columns × 3 header rows
        GridCell note = t3.cell(0, 0);
        assertThat(note.text()).contains("勾稽关系");
        assertThat(note.rowSpan()).isEqualTo(3);
        assertThat(note.columnSpan()).isEqualTo(3);
        assertThat(t3.cell(2, 2)).isSameAs(note);
        // 三、本年度办理结果 spans the 22 result rows
        GridCell results = t3.cell(5, 0);
        assertThat(results.text()).isEqualTo("三、本年度办理结果");
        assertThat(results.rowSpan()).isEqualTo(22);
        assertThat(t3.cell(26, 0)).isSameAs(results);
        assertThat(t3.text(26, 1)).isEqualTo("（七）总计");
        assertThat(t3.text(3, 9)).isEqualTo("143");
        assertThat(t3.location(3, 9).describe()).isEqualTo("第2个表格第4行第10列");
        SourceTable t4 = doc.tables().get(2);
        assertThat(t4.columnCount()).isEqualTo(15);
        assertThat(t4.cell(1, 0).rowSpan()).isEqualTo(2);
        assertThat(t4.text(2, 5)).isEqualTo("结果维持");
        assertThat(t4.text(3, 9)).isEqualTo("0");
    }

    @Test
    void paragraphsKeepDocumentOrderAndNumbers() throws Exception {
        SourceDocument doc = Sources.read(corpus("seed-2017-huancui-cdpf.docx"));
        assertThat(doc.paragraphs().get(0).text()).isEqualTo("残联2017年度政府信息公开工作年度报告");
        assertThat(doc.paragraphs().get(0).number()).isEqualTo(1);
        assertThat(doc.tables()).isNotEmpty();
    }
}
