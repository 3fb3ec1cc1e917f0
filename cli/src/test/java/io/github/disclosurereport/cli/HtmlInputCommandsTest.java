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

    @Test
    void exportConvertAndFillTakeAPageAndKeepItsValues(@TempDir Path dir) throws Exception {
        Report docx = DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"));
        WrittenReports.exportConvertAndFillKeep(docx, PAGE.toString(), dir, "143");
    }
}
