package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.testutil.LibreOffice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of .docx we write opens in LibreOffice and prints (converted to PDF). */
class DocxOutputsOpenInLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void aConvertedReportOpensAndPrints() throws Exception {
        Path out = dir.resolve("converted.docx");
        DisclosureReports.defaults().docxWriter().write(CurrentFormatDocxWriterTest.sample(), out);
        Path pdf = LibreOffice.convert(out, "pdf", dir);
        assertThat(LibreOffice.pdfPages(pdf)).isGreaterThanOrEqualTo(2);
    }
}
