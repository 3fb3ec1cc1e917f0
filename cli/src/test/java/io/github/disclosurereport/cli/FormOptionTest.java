package io.github.disclosurereport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --form FILE.tsv}: parse, validate and export with a provincial variant given as a file. */
class FormOptionTest {

    private static final Path WUHAN = Path.of("src/test/resources/corpus/wuhan-eeb2020.docx");
    private static final Path HUBEI = Path.of(
            "src/main/resources/io/github/disclosurereport/form/variants/hubei-trial-2019.tsv");
    private static final Path TRIAL = Path.of("src/main/resources/io/github/disclosurereport/form/trial-2019.tsv");

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.err()).isEmpty();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void parseWithTheVariantReadsTheExtraRowAsCells() throws Exception {
        JsonNode root = json(CliRun.of("parse", "--json", "--form", HUBEI.toString(), WUHAN.toString()));
        assertThat(root.path("source").path("form").asText()).isEqualTo("hubei-trial-2019");
        assertThat(root.path("cells").path("T2:other_docs:new_made").asInt()).isEqualTo(186);
        assertThat(root.path("cells").path("T2:other_docs:total_published").asInt()).isEqualTo(255);
        JsonNode plain = json(CliRun.of("parse", "--json", WUHAN.toString()));
        assertThat(plain.path("cells").has("T2:other_docs:new_made")).isFalse();
    }

    @Test
    void validateWithTheVariantHasNoExtraRowWarning() throws Exception {
        JsonNode with = json(CliRun.of("validate", "--json", "--form", HUBEI.toString(), WUHAN.toString()));
        JsonNode without = json(CliRun.of("validate", "--json", WUHAN.toString()));
        assertThat(s3Mentions(without)).isTrue();
        assertThat(s3Mentions(with)).isFalse();
    }

    private static boolean s3Mentions(JsonNode result) {
        for (JsonNode f : result.path("findings")) {
            if (f.path("rule").asText().equals("S3") && f.path("message").asText().contains("其他主动公开文件")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void exportWithAVariantFileReadsBackWithIt(@TempDir Path dir) throws Exception {
        // a variant that is not bundled, with its format given on the command line instead of in the file
        String tsv = Files.readString(TRIAL, StandardCharsets.UTF_8).replace("T2\trow\tnormative\tA20_1\t-\t\t规范性文件\n",
                "T2\trow\tnormative\tA20_1\t-\t\t规范性文件\nT2\trow\textra\tA20_1\t-\t\t其他主动公开文件\n");
        Path variant = dir.resolve("my-province.tsv");
        Files.writeString(variant, tsv, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.xlsx");
        CliRun export = CliRun.of("export", "--form", variant.toString(), "--form-format", "TRIAL_2019",
                WUHAN.toString(), "-o", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode back = json(CliRun.of("parse", "--json", "--form", variant.toString(), "--form-format", "TRIAL_2019",
                out.toString()));
        assertThat(back.path("source").path("form").asText()).isEqualTo("my-province");
        assertThat(back.path("cells").path("T2:extra:new_published").asInt()).isEqualTo(86);
        // without the variant the workbook's extra cells have no form to go to: the national cells still read
        JsonNode plain = json(CliRun.of("parse", "--json", out.toString()));
        assertThat(plain.path("cells").has("T2:extra:new_published")).isFalse();
        assertThat(plain.path("cells").path("T2:normative:total_published").asInt()).isEqualTo(19);
    }

    @Test
    void aBrokenFormFileIsExitTwoWithOneLineNamingTheLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# format: TRIAL_2019\n" + Files.readString(TRIAL, StandardCharsets.UTF_8)
                .replace("T2\trow\trules\tA20_1", "T2\trow\trules\tA20_X"), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("parse", "--form", bad.toString(), WUHAN.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("bad.tsv").contains("line ").contains("A20_X").doesNotContain("Exception");
        CliRun undeclared = CliRun.of("parse", "--form", TRIAL.toString(), WUHAN.toString());
        assertThat(undeclared.code()).isEqualTo(2);
        assertThat(undeclared.err()).contains("format");
    }
}
