package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportJsonTest {

    @Test
    void aNotesCodeIsWrittenUnderItsName() {
        ReadNote missing = new ReadNote(ReadNote.Code.TABLE_MISSING, "未找到表格", List.of("T4:review:total"),
                SourceLocation.paragraph(3));
        Report r = new Report(ReportFormat.CURRENT_2021, new Metadata("", "", "", 2023, null, ""), List.of(),
                List.of(), Map.of(), List.of(), null, List.of(missing), null);
        var note = ReportJson.toJson(r).path("notes").get(0);
        assertThat(note.path("code").asText()).isEqualTo("TABLE_MISSING");
        assertThat(note.path("message").asText()).isEqualTo("未找到表格");
        assertThat(note.path("cells").get(0).asText()).isEqualTo("T4:review:total");
    }
}
