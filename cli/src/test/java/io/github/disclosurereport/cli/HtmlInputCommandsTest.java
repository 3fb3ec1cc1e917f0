package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A published web page goes through every command that takes a report, like the .docx it was made from. */
class HtmlInputCommandsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path PAGE = CORPUS.resolve("jinhu2023.html");
    private static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");

    @Test
    void exportConvertAndFillTakeAPageAndKeepItsValues(@TempDir Path dir) throws Exception {
        Report docx = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        Path xlsx = dir.resolve("t.xlsx");
        Path converted = dir.resolve("c.docx");
        Path filled = dir.resolve("f.docx");
        for (CliRun r : new CliRun[] {
                CliRun.of("export", PAGE.toString(), "-o", xlsx.toString()),
                CliRun.of("convert", PAGE.toString(), "-o", converted.toString()),
                CliRun.of("fill", TEMPLATE.toString(), "--from", PAGE.toString(), "-o", filled.toString())}) {
            assertThat(r.code()).as(r.err()).isZero();
        }
        for (Path out : new Path[] {xlsx, converted, filled}) {
            Report back = DisclosureReports.read(out);
            // the loop below compares every cell; first make sure there are cells to compare
            assertThat(back.cells()).as(out.toString()).hasSize(200);
            assertThat(back.cell("T3:R1:total").orElseThrow().value()).as(out.toString()).isEqualByComparingTo("143");
            docx.cells().forEach((id, c) -> assertThat(back.cell(id).orElseThrow().value()).as(out + " " + id)
                    .isEqualTo(c.value()));
        }
    }
}
