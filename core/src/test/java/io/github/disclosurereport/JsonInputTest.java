package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library reads its own JSON like any report file, from a path or a stream, through the configured root. */
class JsonInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final DisclosureReports DR = DisclosureReports.defaults();

    @Test
    void aReportWrittenAsJsonReadsBackWithItsCellsMetadataAndForm(@TempDir Path dir) throws Exception {
        Report jinhu = DR.reader().read(CORPUS.resolve("jinhu2023.docx"));
        Path json = Files.writeString(dir.resolve("jinhu.json"), DR.toJson(jinhu));
        Report back = DR.reader().read(json);
        assertThat(back.source().fileType()).isEqualTo("json");
        assertThat(back.source().fileName()).isEqualTo("jinhu.json");
        assertThat(back.source().form()).isSameAs(Forms.current2021());
        assertThat(back.metadata()).isEqualTo(jinhu.metadata());
        assertThat(back.cells().keySet()).containsExactlyElementsOf(jinhu.cells().keySet());
        jinhu.cells().forEach((id, c) -> {
            assertThat(back.cells().get(id).value()).as(id).isEqualTo(c.value());
            assertThat(back.cells().get(id).state()).as(id).isEqualTo(c.state());
        });
        assertThat(back.cell("T4:direct:total").orElseThrow().raw()).isEqualTo(
                jinhu.cell("T4:direct:total").orElseThrow().raw());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DR.writeJson(jinhu, out);
        Report fromStream = DR.reader().read(new ByteArrayInputStream(out.toByteArray()), "upload.json");
        assertThat(fromStream.cells().keySet()).isEqualTo(back.cells().keySet());
    }

    @Test
    void aVariantNamedInJsonIsTheConfiguredFormOrSaidToBeMissing(@TempDir Path dir) throws Exception {
        var hubei = FormSet.standard().withForm(Forms.variant("hubei-trial-2019"));
        Report wuhan = DR.withForms(hubei).reader().read(CORPUS.resolve("wuhan-eeb2020.docx"));
        String json = DR.toJson(wuhan).replace("\"hubei-trial-2019\"", "\"my-province\"");
        Path file = Files.writeString(dir.resolve("wuhan.json"), json);
        // a root that does not know "my-province" reads the national cells and says what it could not supply
        Report national = DR.reader().read(file);
        assertThat(national.source().form()).isSameAs(Forms.trial2019());
        assertThat(national.notes()).extracting(ReadNote::message).anySatisfy(m -> assertThat(m)
                .contains("my-province").contains("--form"));
        // a name the root can supply: the bundled variant itself
        Report bundled = DR.reader().read(Files.writeString(dir.resolve("w2.json"), DR.toJson(wuhan)));
        assertThat(bundled.source().form()).isSameAs(Forms.variant("hubei-trial-2019"));
        assertThat(bundled.notes()).isEmpty();
    }

    @Test
    void jsonThatIsNoReportIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"CURRENT_2021\", ");
        assertThatThrownBy(() -> DR.reader().read(broken)).isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(((ReportReadException) e).reason()).isEqualTo(ReportReadException.Reason.CORRUPT))
                .hasMessageStartingWith("broken.json: JSON").hasMessageNotContaining("\n");
        Path other = Files.write(dir.resolve("other.json"), "{\"name\": \"not a report\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DR.reader().read(other)).isInstanceOf(ReportReadException.class)
                .satisfies(e -> assertThat(((ReportReadException) e).reason())
                        .isEqualTo(ReportReadException.Reason.NOT_A_REPORT))
                .hasMessageContaining("format");
    }
}
