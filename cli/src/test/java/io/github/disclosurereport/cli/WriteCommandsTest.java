package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** parse, convert, correct, fill and export through the command line, as an office runs them. */
class WriteCommandsTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path SEED = CORPUS.resolve("seed-2017-huancui-cdpf.docx");
    static final Path JINHU = CORPUS.resolve("jinhu2023.docx");
    static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");

    @TempDir
    Path dir;

    @Test
    void parseJsonHasTheFieldsTheIssueNames() throws Exception {
        CliRun r = CliRun.of("parse", SEED.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("format").asText()).isEqualTo("LEGACY_2008");
        assertThat(j.path("organization").asText()).isEqualTo("威海市环翠区残疾人联合会");
        assertThat(j.path("year").asInt()).isEqualTo(2017);
        assertThat(j.path("date").asText()).isEqualTo("2018-03-18");
        assertThat(j.path("sections").get(10).path("number").asText()).isEqualTo("十一");
        assertThat(j.path("cells").path("L:1.2.2").asInt()).isEqualTo(103);
        assertThat(j.path("cells").path("L:1.1").isNull()).isTrue();
        assertThat(j.path("cellDetails").path("L:1.2.2").path("location").path("text").asText())
                .startsWith("第1个表格第");
    }

    @Test
    void convertWritesA2021ReportAndListsWhatHadNoSource() throws Exception {
        Path out = dir.resolve("2021.docx");
        CliRun r = CliRun.of("convert", SEED.toString(), "-o", out.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("from").asText()).isEqualTo("LEGACY_2008");
        assertThat(j.path("findings").findValuesAsText("rule")).contains("C1");
        // a note names the 2021 cells it concerns, and in its message the older cells it cites
        assertThat(j.path("findings")).anySatisfy(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("WARNING");
            assertThat(f.path("cells").get(0).asText()).isEqualTo("T4:direct:upheld");
            assertThat(f.path("message").asText()).contains("L:5=空白");
        });
        Report back = DisclosureReports.read(out);
        assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(back.metadata().organization()).isEqualTo("威海市环翠区残疾人联合会");
    }

    @Test
    void anExistingOutputIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path out = dir.resolve("out.xlsx");
        Files.writeString(out, "mine");
        CliRun refused = CliRun.of("export", JINHU.toString(), "-o", out.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip().lines()).hasSize(1).first().asString().contains("--force");
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(CliRun.of("export", JINHU.toString(), "-o", out.toString(), "--force").code()).isZero();
        assertThat(DisclosureReports.read(out).cells()).hasSize(200);
    }

    @Test
    void noCommandEverWritesOverItsInput() throws Exception {
        Path copy = dir.resolve("report.docx");
        Files.copy(JINHU, copy);
        byte[] before = Files.readAllBytes(copy);
        for (String[] args : new String[][] {
                {"convert", copy.toString(), "-o", copy.toString(), "--force"},
                {"correct", copy.toString(), "-o", copy.toString(), "--force"},
                {"export", copy.toString(), "-o", copy.toString(), "--force"},
                {"fill", copy.toString(), "--from", JINHU.toString(), "-o", copy.toString(), "--force"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains("输入文件");
            assertThat(Files.readAllBytes(copy)).as(args[0]).isEqualTo(before);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void fillTakesTheJsonThatParsePrints() throws Exception {
        Path json = dir.resolve("jinhu.json");
        Files.writeString(json, CliRun.of("parse", JINHU.toString(), "--json").out());
        Path out = dir.resolve("filled.docx");
        CliRun r = CliRun.of("fill", TEMPLATE.toString(), "--from", json.toString(), "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("200");
        Report back = DisclosureReports.read(out);
        assertThat(back.cell("T2:fees:amount").orElseThrow().value()).isEqualByComparingTo("14722.49");
        assertThat(back.cell("T3:R1:total").orElseThrow().value()).isEqualByComparingTo("143");
    }

    @Test
    void correctListsEachChange() throws Exception {
        Path out = dir.resolve("c.docx");
        CliRun r = CliRun.of("correct", SEED.toString(), "-o", out.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        // the seed's only arithmetic problem (L:1.1 blank beside its channels) has no certain value
        assertThat(j.path("changes").size()).isZero();
        assertThat(j.path("output").isNull()).isTrue();
        assertThat(Files.exists(out)).as("nothing to correct: nothing written").isFalse();
        CliRun plain = CliRun.of("correct", SEED.toString(), "-o", out.toString());
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("无需更正，未写入文件");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void fillWithTheTemplateAndTheReportSwappedIsRefusedAndWritesNothing() throws Exception {
        Path out = dir.resolve("filled.docx");
        Path copy = dir.resolve("jinhu.docx");
        Files.copy(JINHU, copy);
        byte[] before = Files.readAllBytes(copy);
        CliRun r = CliRun.of("fill", copy.toString(), "--from", TEMPLATE.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("参数顺序").doesNotContain("\tat ");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        // a blank template as the report alone: nothing to fill in
        Path blankCopy = dir.resolve("blank.docx");
        Files.copy(TEMPLATE, blankCopy);
        CliRun blank = CliRun.of("fill", TEMPLATE.toString(), "--from", blankCopy.toString(), "-o", out.toString());
        assertThat(blank.code()).isEqualTo(2);
        assertThat(blank.err()).contains("空白模板");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anOutputNamedForAnotherKindOfFileIsRefused() throws Exception {
        for (String[] args : new String[][] {
                {"export", JINHU.toString(), "-o", dir.resolve("x.pdf").toString()},
                {"export", JINHU.toString(), "-o", dir.resolve("x.docx").toString()},
                {"convert", JINHU.toString(), "-o", dir.resolve("x.doc").toString()},
                {"convert", JINHU.toString(), "-o", dir.resolve("x.pdf").toString()},
                {"correct", JINHU.toString(), "-o", dir.resolve("x.xlsx").toString()},
                {"fill", TEMPLATE.toString(), "--from", JINHU.toString(), "-o", dir.resolve("x.doc").toString()}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(args[0]).hasSize(1).first().asString().contains("输出文件名应以");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(CliRun.of("export", JINHU.toString(), "-o", dir.resolve("X.XLSX").toString()).code()).isZero();
    }

    @Test
    void aBadInputIsOneLineAndNoOutput() throws Exception {
        Path junk = dir.resolve("junk.doc");
        // an RTF file under a Word name (an HTML page was the example until pages became readable: issue 10)
        Files.writeString(junk, "{\\rtf1\\ansi 报告}");
        for (String cmd : new String[] {"convert", "correct", "export"}) {
            Path out = dir.resolve(cmd.equals("export") ? "o.xlsx" : "o.docx");
            CliRun r = CliRun.of(cmd, junk.toString(), "-o", out.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(cmd).hasSize(1);
            assertThat(r.err()).as(cmd).doesNotContain("\tat ").contains("RTF");
            assertThat(Files.exists(out)).as(cmd).isFalse();
        }
    }
}
