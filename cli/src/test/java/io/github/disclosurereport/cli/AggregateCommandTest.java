package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.testutil.BatchFolder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code aggregate DIR -o 汇总表.xlsx --parent REGION --docx 汇总表.docx}. */
class AggregateCommandTest {

    @Test
    void departmentsOfOneYearAreSummedAndTheRegionComparedWithTheSum(@TempDir Path dir) throws Exception {
        DisclosureReports dr = DisclosureReports.defaults();
        Path depts = Files.createDirectories(dir.resolve("各部门"));
        Files.copy(BatchFolder.CORPUS.resolve("pingtan2023.page.html"), depts.resolve("平潭.html"));
        Report jinhu = dr.reader().read(BatchFolder.CORPUS.resolve("jinhu2023.docx"));
        Files.writeString(depts.resolve("财政局.json"), dr.toJson(BatchFolder.with(jinhu, "金湖县财政局", 2023)));
        Files.copy(BatchFolder.CORPUS.resolve("wuhan-eeb2020.docx"), depts.resolve("武汉.docx"));
        Path xlsx = dir.resolve("汇总表.xlsx");
        Path docx = dir.resolve("汇总表.docx");

        CliRun r = CliRun.of("aggregate", depts.toString(), "-o", xlsx.toString(), "--docx", docx.toString(),
                "--parent", BatchFolder.CORPUS.resolve("jinhu2023.docx").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("武汉市生态环境局：年度或格式与其他报告不同")   // another year: refused
                .contains("金湖县财政局：有 1 个错误，请先更正")                    // its copy keeps jinhu's A4 error
                .contains("汇总 1 个单位，2023年度").contains("[A8 WARNING]");
        assertThat(xlsx).isNotEmptyFile();
        assertThat(dr.reader().read(docx).format().name()).isEqualTo("CURRENT_2021");

        // nothing of one year without errors: exit 2 with one line
        CliRun none = CliRun.of("aggregate", depts.resolve("财政局.json").toString(), "-o",
                dir.resolve("空.xlsx").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().strip().lines()).hasSize(1);
    }

    @Test
    void everyOutputAndTheParentAreCheckedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path depts = Files.createDirectories(dir.resolve("各部门"));
        Path dept = depts.resolve("平潭.html");
        Files.copy(BatchFolder.CORPUS.resolve("pingtan2023.page.html"), dept);
        byte[] original = Files.readAllBytes(dept);
        Path xlsx = dir.resolve("汇总表.xlsx");
        Path docx = dir.resolve("汇总表.docx");

        // a parent that cannot be read: refused before the tables are written
        CliRun badParent = CliRun.of("aggregate", depts.toString(), "-o", xlsx.toString(), "--docx",
                docx.toString(), "--parent", dir.resolve("没有这个文件.docx").toString());
        assertThat(badParent.code()).isEqualTo(2);
        assertThat(badParent.err().strip().lines()).hasSize(1);
        assertThat(xlsx).doesNotExist();
        assertThat(docx).doesNotExist();

        // --docx naming an input (an existing Word report, with --force): refused, the input untouched
        Path word = depts.resolve("金湖.docx");
        Files.copy(BatchFolder.CORPUS.resolve("jinhu2023.docx"), word);
        byte[] wordBytes = Files.readAllBytes(word);
        CliRun overInput = CliRun.of("aggregate", depts.toString(), "-o", xlsx.toString(), "--docx",
                word.toString(), "--force");
        assertThat(overInput.code()).isEqualTo(2);
        assertThat(overInput.err().strip().lines()).hasSize(1);
        assertThat(overInput.err()).contains("输入");
        assertThat(xlsx).doesNotExist();
        assertThat(Files.readAllBytes(word)).isEqualTo(wordBytes);

        // --docx naming the parent, or -o naming the parent: the region's report is an input too
        Path region = dir.resolve("本级.docx");
        Files.copy(BatchFolder.CORPUS.resolve("jinhu2023.docx"), region);
        CliRun overParent = CliRun.of("aggregate", dept.toString(), "-o", xlsx.toString(), "--docx",
                region.toString(), "--parent", region.toString(), "--force");
        assertThat(overParent.code()).isEqualTo(2);
        assertThat(overParent.err().strip().lines()).hasSize(1);
        assertThat(xlsx).doesNotExist();
        assertThat(Files.readAllBytes(region)).isEqualTo(wordBytes);

        // --docx misnamed, or in a folder that does not exist: refused before the workbook is written
        CliRun misnamed = CliRun.of("aggregate", dept.toString(), "-o", xlsx.toString(), "--docx",
                dir.resolve("汇总表.pdf").toString());
        assertThat(misnamed.code()).isEqualTo(2);
        assertThat(misnamed.err().strip().lines()).hasSize(1);
        assertThat(xlsx).doesNotExist();
        CliRun noFolder = CliRun.of("aggregate", dept.toString(), "-o", xlsx.toString(), "--docx",
                dir.resolve("没有/汇总表.docx").toString());
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err().strip().lines()).hasSize(1);
        assertThat(xlsx).doesNotExist();

        // an existing --docx without --force: refused, nothing written
        Files.writeString(docx, "旧");
        CliRun exists = CliRun.of("aggregate", dept.toString(), "-o", xlsx.toString(), "--docx", docx.toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(xlsx).doesNotExist();
        assertThat(Files.readString(docx)).isEqualTo("旧");
        assertThat(Files.readAllBytes(dept)).isEqualTo(original);
    }
}
