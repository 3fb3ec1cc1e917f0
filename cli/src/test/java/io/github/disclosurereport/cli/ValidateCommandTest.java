package io.github.disclosurereport.cli;

import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private static final Path JINHU = Path.of("src/test/resources/corpus/jinhu2023.docx");
    private static final Path SEED = Path.of("src/test/resources/corpus/seed-2017-huancui-cdpf.docx");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void unreadableInputIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.docx");
        Files.writeString(junk, "not a report");
        CliRun r = run("validate", junk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("validate", dir.resolve("missing.docx").toString()).code()).isEqualTo(2);
    }

    @Test
    void jsonForOneFileIsAnObjectWithFindings() throws Exception {
        CliRun r = run("validate", "--json", JINHU.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.isObject()).isTrue();
        assertThat(root.get("findings").isArray()).isTrue();
        boolean anyError = false;
        for (JsonNode f : root.get("findings")) {
            assertThat(f.has("rule") && f.has("severity") && f.has("message") && f.has("cells") && f.has("location")
                    && f.has("expected") && f.has("actual")).isTrue();
            assertThat(f.get("location").get("text").asText()).isNotEmpty();
            anyError |= f.get("severity").asText().equals("ERROR");
        }
        assertThat(r.code()).isEqualTo(anyError ? 1 : 0);
    }

    @Test
    void jsonForSeveralFilesIsAnArrayNamingEachFile() throws Exception {
        CliRun r = run("validate", "--json", JINHU.toString(), SEED.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(2);
        assertThat(root.get(0).get("file").asText()).endsWith("jinhu2023.docx");
        assertThat(root.get(1).get("file").asText()).endsWith("seed-2017-huancui-cdpf.docx");
        assertThat(root.get(1).get("findings").isArray()).isTrue();
    }

    /** jinhu2023 as our JSON with its year set back to 2022: last year's report of the same organ. */
    private static Path jinhuAs2022(Path dir) throws Exception {
        CliRun parsed = run("parse", "--json", JINHU.toString());
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(parsed.out());
        json.put("year", 2022);
        json.put("title", json.get("title").asText().replace("2023", "2022"));
        Path prev = dir.resolve("jinhu2022.json");
        Files.writeString(prev, json.toString());
        return prev;
    }

    @Test
    void aPreviousReportOfTheSameYearIsRefusedInOneLineWithExitTwo() {
        CliRun r = run("validate", JINHU.toString(), "--previous", JINHU.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("2023年度", "应提供2022年度").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("A5");
    }

    @Test
    void textReportGroupsBySeverity(@TempDir Path dir) throws Exception {
        CliRun r = run("validate", JINHU.toString(), "--previous", jinhuAs2022(dir).toString());
        assertThat(r.out()).contains("jinhu2023.docx");
        assertThat(r.code()).isIn(0, 1);
        if (r.code() == 1) {
            assertThat(r.out()).contains("错误 / ERROR");
        }
    }

    @Test
    void findingsAreRenderedWithRuleSeverityLocationAndNumbers() throws Exception {
        var f = new io.github.disclosurereport.validate.Finding("A4",
                io.github.disclosurereport.validate.Severity.ERROR, "总计应为 3", java.util.List.of("T4:direct:total"),
                io.github.disclosurereport.model.SourceLocation.tableCell(3, 5, 6), new java.math.BigDecimal("3.00"),
                java.math.BigDecimal.ZERO);
        var w = io.github.disclosurereport.validate.Finding.of("S8", io.github.disclosurereport.validate.Severity.WARNING,
                "缺少落款日期", java.util.List.of(), io.github.disclosurereport.model.SourceLocation.sheetCell("Sheet1", 12, 3));
        var result = new io.github.disclosurereport.validate.ValidationResult(java.util.List.of(w, f));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                io.github.disclosurereport.DisclosureReports.defaults().toJson(result));
        JsonNode a4 = json.get("findings").get(0);
        assertThat(a4.get("rule").asText()).isEqualTo("A4");
        assertThat(a4.get("severity").asText()).isEqualTo("ERROR");
        assertThat(a4.get("cells").get(0).asText()).isEqualTo("T4:direct:total");
        assertThat(a4.get("expected").toString()).isEqualTo("3");
        assertThat(a4.get("actual").toString()).isEqualTo("0");
        assertThat(a4.get("location").get("table").asInt()).isEqualTo(3);
        assertThat(json.get("findings").get(1).get("location").get("cell").asText()).isEqualTo("C12");
        java.io.StringWriter sw = new java.io.StringWriter();
        ValidateCommand.text("a.docx", result, new java.io.PrintWriter(sw));
        String text = sw.toString();
        assertThat(text).contains("[A4] ERROR 第3个表格第5行第6列：总计应为 3", "[S8] WARNING 工作表“Sheet1”C12单元格：缺少落款日期");
        assertThat(text.indexOf("ERROR")).isLessThan(text.indexOf("WARNING"));
    }
}
