package io.github.disclosurereport;

import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.testutil.BatchFolder;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.ValidationResult;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder of an office's January, validated as one batch, against each report validated on its own. */
class BatchValidatorTest {

    @TempDir
    static Path dir;

    static BatchFolder folder;
    static BatchResult result;
    static final DisclosureReports DR = DisclosureReports.defaults();

    @BeforeAll
    static void validateTheFolder() throws IOException {
        folder = BatchFolder.build(dir.resolve("一月"));
        List<int[]> progress = new ArrayList<>();
        result = DR.batchValidator().withThreads(2).validate(List.of(folder.root()), java.util.Set.of(),
                (done, total) -> progress.add(new int[] {done, total}));
        assertThat(progress).isNotEmpty();
        int[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        // 10 files read once, then the 2 pairs and the 3 reports with a year before read again (one is both)
        assertThat(last[1]).isEqualTo(10 + 4);
    }

    @Test
    void everyReadableReportIsOneRowAndTheDamagedFileIsListedWithItsReason() {
        assertThat(result.entries()).extracting(BatchResult.Entry::file).containsExactlyInAnyOrder(folder.jinhu2023(),
                folder.jinhu2022(), folder.finance2023(), folder.jinhuDoc(), folder.wuhan(), folder.huancui2017(),
                folder.huancui2016());
        assertThat(result.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(folder.broken());
            assertThat(u.reason()).isEqualTo(ReportReadException.Reason.CORRUPT);
            assertThat(u.message()).contains("损坏").doesNotStartWith("损坏.docx");
        });
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void eachRowHasTheFindingsOfThatReportValidatedOnItsOwn() throws IOException {
        for (BatchResult.Entry e : result.entries()) {
            Report report = e.attachment() == null ? DR.reader().read(e.file())
                    : DR.reader().read(e.file(), e.attachment());
            Report previous = null;
            if (e.previous() != null) {
                BatchResult.Entry before = entry(e.previous());
                previous = before.attachment() == null ? DR.reader().read(before.file())
                        : DR.reader().read(before.file(), before.attachment());
            }
            ValidationResult alone = DR.validator().validate(report, previous);
            assertThat(e.findings()).as(e.file().toString()).containsExactlyElementsOf(alone.findings());
            assertThat(e.organization()).isEqualTo(report.metadata().organization());
            assertThat(e.year()).isEqualTo(report.metadata().year());
            assertThat(e.format()).isEqualTo(report.format());
        }
        // unpaired and without a year before: exactly what single-file validate gives
        assertThat(entry(folder.wuhan()).findings())
                .containsExactlyElementsOf(DR.validator().validate(DR.reader().read(folder.wuhan())).findings());
        assertThat(entry(folder.jinhu2023()).firstError()).map(Finding::rule).contains("A4");
    }

    @Test
    void attachmentsArePairedByFileNameAndByFolder() {
        BatchResult.Entry byName = entry(folder.huancui2017());
        assertThat(byName.attachment()).isEqualTo(folder.huancui2017Statistics());
        assertThat(byName.pairedBy()).isEqualTo("文件名对应");
        assertThat(byName.organization()).isEqualTo("威海市环翠区残疾人联合会");
        BatchResult.Entry byFolder = entry(folder.huancui2016());
        assertThat(byFolder.attachment()).isEqualTo(folder.huancui2016Statistics());
        assertThat(byFolder.pairedBy()).isEqualTo("同一文件夹中仅有的报告和统计表");
        // the narrative alone misses its table (S4); joined with the sheet, the sheet's A-CHANNEL error is its own
        assertThat(byName.findings()).extracting(Finding::rule).contains("A-CHANNEL").doesNotContain("S4");
        assertThat(result.entries()).filteredOn(e -> e.attachment() == null)
                .allSatisfy(e -> assertThat(e.pairedBy()).isEmpty());
    }

    @Test
    void lastYearIsTheSameOrganizationsReportOfTheYearBeforeOnly() {
        assertThat(entry(folder.jinhu2023()).previous()).isEqualTo(folder.jinhu2022());
        assertThat(entry(folder.jinhuDoc()).previous()).isEqualTo(folder.jinhu2022());
        assertThat(entry(folder.huancui2017()).previous()).isEqualTo(folder.huancui2016());
        assertThat(entry(folder.finance2023()).previous()).isNull(); // another organ's 2022 is no last year
        assertThat(entry(folder.jinhu2022()).previous()).isNull();
        assertThat(entry(folder.wuhan()).previous()).isNull();
        // compared: 2022's 结转下年度 (natural) 5 against 2023's 上年结转 0
        assertThat(entry(folder.jinhu2023()).findings()).extracting(Finding::rule).contains("A5");
        assertThat(entry(folder.finance2023()).findings()).extracting(Finding::rule).doesNotContain("A5");
    }

    @Test
    void duplicatesAndMissingYearsAreListed() {
        assertThat(result.duplicates()).singleElement().satisfies(g -> assertThat(g)
                .extracting(BatchResult.Entry::file).containsExactlyInAnyOrder(folder.jinhu2023(), folder.jinhuDoc()));
        // 2023 is the one year two of the four organizations have
        assertThat(result.missingYears()).isEqualTo(Map.of("武汉市生态环境局", List.of(2023),
                "威海市环翠区残疾人联合会", List.of(2023)));
    }

    @Test
    void aResultNamesItsFilesRelativeToTheFolderTheyWereReadFrom() {
        BatchResult named = result.relativeTo(folder.root());
        Path root = folder.root();
        assertThat(named.entries()).extracting(BatchResult.Entry::file)
                .containsExactlyElementsOf(result.entries().stream().map(e -> root.relativize(e.file())).toList())
                .contains(Path.of("金湖县", "jinhu2023.docx"));
        BatchResult.Entry huancui = named.entries().stream()
                .filter(e -> e.file().equals(root.relativize(folder.huancui2017()))).findFirst().orElseThrow();
        assertThat(huancui.attachment()).isEqualTo(root.relativize(folder.huancui2017Statistics()));
        assertThat(huancui.previous()).isEqualTo(root.relativize(folder.huancui2016()));
        assertThat(huancui.findings()).isEqualTo(entry(folder.huancui2017()).findings());
        assertThat(named.unreadable()).singleElement()
                .satisfies(u -> assertThat(u.file()).isEqualTo(Path.of("损坏.docx")));
        assertThat(named.duplicates()).hasSize(1);
        assertThat(named.missingYears()).isEqualTo(result.missingYears());
        // a file outside the folder keeps its name
        assertThat(result.relativeTo(dir.resolve("别处")).entries()).extracting(BatchResult.Entry::file)
                .containsExactlyElementsOf(result.entries().stream().map(BatchResult.Entry::file).toList());
    }

    @Test
    void theSummaryWorkbookHasARowPerReportLinkedToItsFindings() throws IOException {
        Path summary = dir.resolve("汇总.xlsx");
        result.writeSummary(summary);
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet overview = wb.getSheet("报告汇总");
            XSSFSheet details = wb.getSheet("问题明细");
            assertThat(overview.getLastRowNum()).isEqualTo(result.entries().size());
            int findings = 0;
            for (int i = 0; i < result.entries().size(); i++) {
                BatchResult.Entry e = result.entries().get(i);
                XSSFRow row = overview.getRow(i + 1);
                assertThat(text.formatCellValue(row.getCell(1))).isEqualTo(e.file().toString());
                assertThat(text.formatCellValue(row.getCell(2))).isEqualTo(e.organization());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(e.year().doubleValue());
                assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(e.errors());
                assertThat((int) row.getCell(6).getNumericCellValue()).isEqualTo(e.warnings());
                assertThat(text.formatCellValue(row.getCell(7)))
                        .isEqualTo(e.firstError().map(f -> f.rule() + " " + f.location().describe() + "：" + f.message())
                                .orElse(""));
                assertThat(text.formatCellValue(row.getCell(8))).isEqualTo(e.attachment() == null ? ""
                        : e.attachment() + "（" + e.pairedBy() + "）");
                if (!e.findings().isEmpty()) {
                    String address = row.getCell(10).getHyperlink().getAddress();
                    int target = Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1;
                    assertThat(address).startsWith("'问题明细'!");
                    assertThat(text.formatCellValue(details.getRow(target).getCell(0))).isEqualTo(e.file().toString());
                    assertThat(text.formatCellValue(details.getRow(target).getCell(5)))
                            .isEqualTo(e.findings().get(0).message());
                }
                findings += e.findings().size();
            }
            assertThat(details.getLastRowNum()).isEqualTo(findings);
            XSSFSheet unreadable = wb.getSheet("无法读取");
            assertThat(text.formatCellValue(unreadable.getRow(1).getCell(0))).isEqualTo(folder.broken().toString());
            assertThat(text.formatCellValue(unreadable.getRow(1).getCell(1))).isEqualTo(result.unreadable().get(0).message());
            XSSFSheet gaps = wb.getSheet("重复与缺报");
            // one row per file of the pair, each naming the organ and year
            List<BatchResult.Entry> pair = result.duplicates().get(0);
            for (int i = 0; i < pair.size(); i++) {
                XSSFRow row = gaps.getRow(2 + i);
                assertThat(text.formatCellValue(row.getCell(0))).isEqualTo("金湖县人民政府");
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(pair.get(i).year().doubleValue());
                assertThat(text.formatCellValue(row.getCell(2))).isEqualTo(pair.get(i).file().toString());
            }
            assertThat(pair).extracting(BatchResult.Entry::file).contains(folder.jinhuDoc());
        }
    }

    @Test
    void hundredsOfCopiesOfOneReportAreOneRowEach(@TempDir Path copies) throws IOException {
        // 400 paths of over 100 characters: more than the 32,767 characters an Excel cell holds (listed in one cell,
        // the write failed)
        byte[] report = Files.readAllBytes(Path.of("src/test/resources/corpus/wuhan-eeb2020.docx"));
        String longName = "武汉市生态环境局".repeat(5);
        Path deep = Files.createDirectories(copies.resolve(longName).resolve(longName));
        for (int i = 0; i < 400; i++) {
            Files.write(deep.resolve(String.format("%03d.docx", i)), report);
        }
        BatchResult many = DR.batchValidator().withThreads(2).validate(List.of(copies));
        assertThat(many.duplicates()).singleElement().satisfies(d -> assertThat(d).hasSize(400));
        Path summary = copies.resolve("汇总.xlsx");
        many.writeSummary(summary);
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet gaps = wb.getSheet("重复与缺报");
            List<BatchResult.Entry> copies400 = many.duplicates().get(0);
            for (int i = 0; i < 400; i++) {
                assertThat(new DataFormatter().formatCellValue(gaps.getRow(2 + i).getCell(2)))
                        .isEqualTo(copies400.get(i).file().toString());
            }
            assertThat((Object) gaps.getRow(402)).isNull(); // the gap before the next list
            assertThat(new DataFormatter().formatCellValue(gaps.getRow(403).getCell(0))).isEqualTo("缺少其他单位已有年度的报告");
        }
    }

    @Test
    void aFolderOfNothingReadableGivesNoEntries(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("说明.txt"), "不是报告");
        BatchResult none = DR.batchValidator().validate(List.of(empty));
        assertThat(none.entries()).isEmpty();
        assertThat(none.unreadable()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(ReportReadException.Reason.UNSUPPORTED_TYPE));
    }

    private static BatchResult.Entry entry(Path file) {
        return result.entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    }
}
