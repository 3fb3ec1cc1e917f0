package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the write commands must give back, whatever kind of file the report came from: its cells, value for value. */
final class WrittenReports {

    static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");

    private WrittenReports() {
    }

    /**
     * Runs export, convert and fill (into the official blank template) on one input, each into {@code dir}, and
     * checks that every output reads back with the expected report's cells.
     */
    static void exportConvertAndFillKeep(Report expected, String input, Path dir, String t3Total) throws IOException {
        Path xlsx = dir.resolve("t.xlsx");
        Path converted = dir.resolve("c.docx");
        Path filled = dir.resolve("f.docx");
        for (CliRun r : new CliRun[] {
                CliRun.of("export", input, "-o", xlsx.toString()),
                CliRun.of("convert", input, "-o", converted.toString()),
                CliRun.of("fill", TEMPLATE.toString(), "--from", input, "-o", filled.toString())}) {
            assertThat(r.code()).as(r.err()).isZero();
        }
        for (Path out : new Path[] {xlsx, converted, filled}) {
            assertSameCells(expected, out, t3Total);
        }
    }

    /** The written file holds the report's 200 cells with their values (a blank written as 0 where the format does). */
    static void assertSameCells(Report expected, Path out, String t3Total) throws IOException {
        Report back = DisclosureReports.read(out);
        // the loop below compares every cell; first make sure there are cells to compare
        assertThat(back.cells()).as(out.toString()).hasSize(200);
        assertThat(back.cell("T3:R1:total").orElseThrow().value()).as(out.toString()).isEqualByComparingTo(t3Total);
        expected.cells().forEach((id, c) -> assertThat(back.cell(id).orElseThrow().value()).as(out + " " + id)
                .isEqualByComparingTo(c.value() == null ? BigDecimal.ZERO : c.value()));
    }
}
