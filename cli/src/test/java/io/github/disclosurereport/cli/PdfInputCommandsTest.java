package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF goes through every command that takes a report, like the .docx it was printed from; a scan is refused. */
class PdfInputCommandsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path PDF = CORPUS.resolve("jinhu2023.pdf");

    @Test
    void parseValidateExportConvertAndFillTakeAPdfAndKeepItsValues(@TempDir Path dir) throws Exception {
        Report docx = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        CliRun parse = CliRun.of("parse", PDF.toString(), "--json");
        assertThat(parse.code()).as(parse.err()).isZero();
        assertThat(parse.out()).contains("\"page\" : 3").contains("第3页第3个表格第4行第10列");
        CliRun validate = CliRun.of("validate", PDF.toString());
        assertThat(validate.code()).as("the A4 error of the report").isEqualTo(1);
        assertThat(validate.out()).contains("A4").contains("第3页第3个表格第4行第10列");
        WrittenReports.exportConvertAndFillKeep(docx, PDF.toString(), dir, "143");
    }

    @Test
    void aScannedPdfIsExitTwoWithOneLine() {
        CliRun r = CliRun.of("parse", CORPUS.resolve("scanned-jinhu2023.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("扫描件，没有文字层").doesNotContain("\n").doesNotContain("Exception");
    }
}
