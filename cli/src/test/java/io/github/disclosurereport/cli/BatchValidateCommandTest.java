package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.testutil.BatchFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate DIR --summary}: a folder as one batch, its rows as single-file validate gives them. */
class BatchValidateCommandTest {

    @TempDir
    static Path dir;

    static BatchFolder folder;

    @BeforeAll
    static void build() throws Exception {
        folder = BatchFolder.build(dir.resolve("reports"));
    }

    @Test
    void anUnreadableFileIsListedInTheWordsASingleRunPrints() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Path scan = Files.copy(Path.of("src/test/resources/corpus/scanned-jinhu2023.pdf"),
                folder.resolve("scanned-jinhu2023.pdf"));
        Files.copy(Path.of("src/test/resources/corpus/jinhu2023.docx"), folder.resolve("jinhu2023.docx"));
        JsonNode batch = new ObjectMapper().readTree(CliRun.of("validate", folder.toString(), "--json").out());
        String listed = batch.get("unreadable").get(0).get("message").asText();
        assertThat(listed).startsWith("是扫描件");
        CliRun alone = CliRun.of("validate", scan.toString());
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err().strip()).isEqualTo("无法读取 / cannot read: scanned-jinhu2023.pdf: " + listed);
        // failures that are no refusal of the reader: one wording too, the library's
        for (Throwable t : new Throwable[] {new java.nio.file.NoSuchFileException("a.docx"),
                new java.nio.file.AccessDeniedException("a.docx"), new java.io.IOException("disk full"),
                new OutOfMemoryError("Java heap space")}) {
            assertThat(Failures.oneLine(t)).isEqualTo(io.github.disclosurereport.BatchResult.Unreadable.why(t));
        }
        assertThat(Failures.oneLine(new java.nio.file.NoSuchFileException("a.docx")))
                .isEqualTo("文件或目录不存在 / no such file or directory: a.docx");
    }

    @Test
    void aFolderIsValidatedAsABatchWithItsSummaryWorkbook() throws Exception {
        Path summary = dir.resolve("汇总.xlsx");
        CliRun r = CliRun.of("validate", folder.root().toString(), "--summary", summary.toString(), "--json");
        assertThat(r.code()).isEqualTo(1); // reports with errors; the damaged file does not stop the batch
        assertThat(r.err()).isEmpty(); // no progress bar when stderr is no terminal
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("reports")).hasSize(7);
        assertThat(root.get("unreadable")).hasSize(1);
        assertThat(root.get("unreadable").get(0).get("reason").asText()).isEqualTo("CORRUPT");
        JsonNode wuhan = null;
        for (JsonNode report : root.get("reports")) {
            if (report.get("file").asText().equals(folder.wuhan().toString())) {
                wuhan = report;
            }
            if (report.get("file").asText().equals(folder.huancui2017().toString())) {
                assertThat(report.get("attachment").asText()).isEqualTo(folder.huancui2017Statistics().toString());
                assertThat(report.get("previous").asText()).isEqualTo(folder.huancui2016().toString());
            }
        }
        // the same findings as validating the file alone
        JsonNode alone = new ObjectMapper().readTree(CliRun.of("validate", "--json", folder.wuhan().toString()).out());
        assertThat(wuhan.get("findings")).isEqualTo(alone.get("findings"));
        assertThat(root.get("duplicates")).hasSize(1);
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("报告汇总").getLastRowNum()).isEqualTo(7);
        }
        // an existing summary is not replaced without --force
        CliRun again = CliRun.of("validate", folder.root().toString(), "--summary", summary.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
    }

    @Test
    void aFolderWithNothingReadableIsExitTwo(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("说明.txt"), "不是报告");
        CliRun r = CliRun.of("validate", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("说明.txt");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aRunThatReadNothingWritesNoSummary(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("说明.txt"), "不是报告");
        Path summary = empty.resolve("汇总.xlsx");
        CliRun r = CliRun.of("validate", empty.toString(), "--summary", summary.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(summary).doesNotExist();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("未写入汇总");
        assertThat(r.out()).contains("说明.txt").doesNotContain("汇总 / summary: ");
        // with --force an earlier summary is kept, not replaced by an empty one
        Files.writeString(summary, "上次的汇总");
        CliRun forced = CliRun.of("validate", empty.toString(), "--summary", summary.toString(), "--force");
        assertThat(forced.code()).isEqualTo(2);
        assertThat(summary).hasContent("上次的汇总");
    }

    @Test
    void aReportWithItsStatisticsFileIsOneReport(@TempDir Path tmp) throws Exception {
        Path narrative = tmp.resolve("报告.json");
        var dr = DisclosureReports.defaults();
        Files.writeString(narrative, dr.toJson(dr.reader().read(BatchFolder.CORPUS.resolve(
                "seed-2017-huancui-cdpf.docx")).withCells(java.util.Map.of())));
        CliRun alone = CliRun.of("validate", narrative.toString());
        assertThat(alone.out()).doesNotContain("[A-CHANNEL]");
        CliRun joined = CliRun.of("validate", narrative.toString(), "--statistics",
                BatchFolder.CORPUS.resolve("seed-2017-statistics.xlsx").toString());
        assertThat(joined.out()).contains("[A-CHANNEL]");
    }

    @Test
    void convertAFolderWritesOneOutputPerInputUnderTheSameRelativePath() throws Exception {
        Path out = dir.resolve("转换后");
        CliRun r = CliRun.of("convert", folder.root().toString(), "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(out.resolve("金湖县/jinhu2023.docx")).isRegularFile();
        assertThat(out.resolve("金湖县/2022/金湖县2022年报.docx")).isRegularFile();
        assertThat(out.resolve("武汉/wuhan-eeb2020.docx")).isRegularFile();
        assertThat(r.out()).contains("TRIAL_2019 → CURRENT_2021，C1 ").contains("损坏.docx：无法读取");
        // each output is named where it is, under -o (not through a path relative to the input folder)
        assertThat(r.out()).contains("已写入 / written: " + out.resolve("武汉").resolve("wuhan-eeb2020.docx"))
                .doesNotContain("..");
        // the second time every output exists: nothing written without --force, each listed
        CliRun again = CliRun.of("convert", folder.root().toString(), "-o", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.out()).contains("已存在");
        // into the input folder itself: a .docx would be its own output and is refused, the .json is converted
        Path same = dir.resolve("同一文件夹");
        Files.createDirectories(same);
        Files.copy(folder.jinhu2023(), same.resolve("jinhu2023.docx"));
        Files.copy(folder.finance2023(), same.resolve("财政局.json"));
        CliRun into = CliRun.of("convert", same.toString(), "-o", same.toString());
        assertThat(into.out()).contains("输出会覆盖输入文件");
        assertThat(same.resolve("财政局.docx")).isRegularFile();
        assertThat(Files.readAllBytes(same.resolve("jinhu2023.docx"))).isEqualTo(Files.readAllBytes(folder.jinhu2023()));
    }
}
