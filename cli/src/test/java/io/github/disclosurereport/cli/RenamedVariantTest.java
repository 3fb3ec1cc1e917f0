package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command gives the same result with the bundled Hubei variant passed under another file name as under its
 * own: the form a report was read with travels as the form itself, so no command looks it up again by name (the
 * converter once fell back to the national form for an unknown name and called a national row "本省格式").
 */
class RenamedVariantTest {

    private static final Path WUHAN = Path.of("src/test/resources/corpus/wuhan-eeb2020.docx");
    private static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");
    private static final Path BUNDLED = Path.of(
            "src/main/resources/io/github/disclosurereport/form/variants/hubei-trial-2019.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path ownName;
    private static Path otherName;

    @BeforeAll
    static void variantFiles() throws Exception {
        Files.createDirectories(dir.resolve("own"));
        ownName = Files.copy(BUNDLED, dir.resolve("own").resolve("hubei-trial-2019.tsv"));
        otherName = Files.copy(BUNDLED, dir.resolve("my-province.tsv"));
    }

    /** A variant is named after its file; that name is the one thing allowed to differ. */
    private static String sameName(String output) {
        return output.replace("my-province", "hubei-trial-2019");
    }

    private static CliRun run(Path form, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--form");
        all.add(2, form.toString());
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", all) + "\n" + r.err()).isIn(0, 1);
        return r;
    }

    /** The report a written file reads back to, with the variant configured (its extra row has a place). */
    private static Report back(Path file) throws Exception {
        return DisclosureReports.defaults().withForms(FormSet.standard().withForm(Forms.variant("hubei-trial-2019")))
                .reader().read(file);
    }

    @Test
    void parse() throws Exception {
        JsonNode own = JSON.readTree(run(ownName, "parse", "--json", WUHAN.toString()).out());
        JsonNode other = JSON.readTree(run(otherName, "parse", "--json", WUHAN.toString()).out());
        assertThat(own.path("cells").path("T2:other_docs:new_made").asInt()).isEqualTo(186);
        assertThat(other.path("source").path("form").asText()).isEqualTo("my-province");
        ((ObjectNode) own).remove("source");
        ((ObjectNode) other).remove("source");
        assertThat(other).isEqualTo(own);
    }

    @Test
    void validate() throws Exception {
        CliRun own = run(ownName, "validate", "--json", WUHAN.toString());
        CliRun other = run(otherName, "validate", "--json", WUHAN.toString());
        assertThat(other.code()).isEqualTo(own.code());
        assertThat(JSON.readTree(other.out())).isEqualTo(JSON.readTree(own.out()));
        assertThat(own.out()).doesNotContain("其他主动公开文件"); // the variant's row is no extra row
    }

    @Test
    void convert() throws Exception {
        Path a = dir.resolve("convert-own.docx");
        Path b = dir.resolve("convert-other.docx");
        JsonNode own = JSON.readTree(run(ownName, "convert", "--json", WUHAN.toString(), "-o", a.toString()).out());
        String otherOut = run(otherName, "convert", "--json", WUHAN.toString(), "-o", b.toString()).out();
        JsonNode other = JSON.readTree(otherOut);
        assertThat(JSON.readTree(sameName(otherOut)).path("findings")).isEqualTo(own.path("findings"));
        // the variant's row is named by its own label, not by a cell id of a form looked up again by name
        assertThat(other.toString()).contains("“其他主动公开文件”是本省格式（my-province）").doesNotContain("trial-2019.tsv")
                .doesNotContain("“T2:other_docs:new_made”");
        assertThat(back(b).cells()).isEqualTo(back(a).cells());
        assertThat(back(b).genericTables()).isEqualTo(back(a).genericTables());
    }

    @Test
    void export() throws Exception {
        Path a = dir.resolve("export-own.xlsx");
        Path b = dir.resolve("export-other.xlsx");
        run(ownName, "export", WUHAN.toString(), "-o", a.toString());
        run(otherName, "export", WUHAN.toString(), "-o", b.toString());
        Report fromOther = DisclosureReports.defaults().withForms(FormSet.standard()
                .withForm(Forms.loadDeclared("my-province", Files.readAllBytes(otherName)))).reader().read(b);
        assertThat(fromOther.cell("T2:other_docs:new_made").orElseThrow().value()).isEqualByComparingTo("186");
        assertThat(fromOther.cells()).isEqualTo(back(a).cells());
    }

    @Test
    void fill() throws Exception {
        Path a = dir.resolve("fill-own.docx");
        Path b = dir.resolve("fill-other.docx");
        String ownOut = run(ownName, "fill", TEMPLATE.toString(), "--from", WUHAN.toString(), "-o", a.toString()).out();
        String otherOut = run(otherName, "fill", TEMPLATE.toString(), "--from", WUHAN.toString(), "-o", b.toString())
                .out();
        assertThat(sameName(otherOut.replace(b.toString(), "OUT"))).isEqualTo(ownOut.replace(a.toString(), "OUT"));
        assertThat(back(b).cells()).isEqualTo(back(a).cells());
    }

    @Test
    void correct() throws Exception {
        Path a = dir.resolve("correct-own.docx");
        Path b = dir.resolve("correct-other.docx");
        String ownOut = run(ownName, "correct", "--json", WUHAN.toString(), "-o", a.toString()).out();
        String otherOut = run(otherName, "correct", "--json", WUHAN.toString(), "-o", b.toString()).out();
        assertThat(JSON.readTree(otherOut).path("changes")).isEqualTo(JSON.readTree(ownOut).path("changes"));
        if (JSON.readTree(ownOut).path("changes").isEmpty()) {
            // nothing to correct under either name: neither writes a file
            assertThat(a).doesNotExist();
            assertThat(b).doesNotExist();
            return;
        }
        assertThat(back(b).cells()).isEqualTo(back(a).cells());
        assertThat(back(b).cell("T2:other_docs:new_made").orElseThrow().value()).isEqualByComparingTo("186");
    }
}
