package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2023 report that kept the 2019 trial table for 二 (jinhu2023 with wuhan-eeb2020's T2 spliced in): it is a 2021
 * report "使用旧格式", so its 2021 tables must be read with the 2021 form and the old table reported (S2) — not the
 * whole report misread with the trial form, which would invent arithmetic errors.
 */
class MixedFormatReportTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern TABLE = Pattern.compile("<w:tbl>.*?</w:tbl>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void aCurrentYearReportWithAnOldTableIsReadAsCurrentAndTheOldTableReported() throws Exception {
        Path mixed = splice("2023");
        Report r = DisclosureReports.read(mixed);
        Report jinhu = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        for (String id : jinhu.cells().keySet()) {
            if (!id.startsWith("T2:")) {
                assertThat(r.cells().get(id).value()).as(id).isEqualByComparingTo(jinhu.cells().get(id).value());
            }
        }
        assertThat(r.cell("T2:licensing:prev_items").orElseThrow().value()).isEqualByComparingTo("8");
        List<Finding> errors = DisclosureReports.validate(r).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).extracting(Finding::rule).contains("S2").doesNotContain("A1", "A2", "A3");
        // the trial columns of T2 are one finding naming them, not one per column
        assertThat(errors).filteredOn(f -> f.rule().equals("S2") && f.message().contains("本年新制作数量"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("处理决定数量", "采购总金额"));
        assertThat(errors).filteredOn(f -> f.rule().equals("A4")).extracting(f -> f.cells().get(0))
                .containsExactly("T4:direct:total");
    }

    /**
     * A 2020 report whose 三 is printed in the 2021 layout: read with the trial form, the three 2021 sub-rows of
     * （六）其他处理 are extra rows and the trial row is missing — and the 总计 column's header must not be taken for
     * the row （七）总计 (it once put the first sub-row's total there).
     */
    @Test
    void aTrialYearReportWithA2021TableKeepsItsTotalsWhereTheyArePrinted() throws Exception {
        Report r = DisclosureReports.read(splice("2020"));
        assertThat(r.format()).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(r.cell("T3:R3.7:total").orElseThrow().value()).isEqualByComparingTo("143");
        assertThat(r.cell("T3:R3.7:natural").orElseThrow().value()).isEqualByComparingTo("140");
        assertThat(r.notes()).filteredOn(n -> n.code() == ReadNote.Code.EXTRA_ROW && n.message().contains("其他处理"))
                .hasSize(3);
        assertThat(DisclosureReports.validate(r).findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::rule).doesNotContain("A1", "A2", "A3");
    }

    /** jinhu2023 with wuhan-eeb2020's trial T2 in place of its own, every year in the text set to {@code year}. */
    private Path splice(String year) throws Exception {
        Path mixed = dir.resolve("mixed" + year + ".docx");
        String trialT2 = firstTable(CORPUS.resolve("wuhan-eeb2020.docx"));
        try (ZipFile jinhu = new ZipFile(CORPUS.resolve("jinhu2023.docx").toFile());
             OutputStream os = Files.newOutputStream(mixed); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (ZipEntry e : jinhu.stream().toList()) {
                byte[] content = jinhu.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    Matcher m = TABLE.matcher(new String(content, StandardCharsets.UTF_8));
                    assertThat(m.find()).isTrue();
                    content = m.replaceFirst(Matcher.quoteReplacement(trialT2)).replace("2023", year)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return mixed;
    }

    private static String firstTable(Path docx) throws Exception {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher m = TABLE.matcher(xml);
            assertThat(m.find()).isTrue();
            return m.group();
        }
    }
}
