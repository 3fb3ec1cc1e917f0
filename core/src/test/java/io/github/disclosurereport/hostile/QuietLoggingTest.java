package io.github.disclosurereport.hostile;

import io.github.disclosurereport.testutil.ReadOneReport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program that depends on the library and configured no logging prints nothing of its own — not log4j's "could
 * not find a logging provider", not POI's or PDFBox's complaints about a damaged file — in a fresh JVM on the class path, as a
 * Maven user's program runs.
 */
class QuietLoggingTest {

    @Test
    void aConsumerReadingAReportPrintsOnlyWhatItPrints(@TempDir Path dir) throws Exception {
        Path damaged = dir.resolve("no-styles.docx");
        // POI logs an ERROR for a document whose styles part is missing
        Files.write(damaged, ZipParts.of(HostileFiles.corpus("jinhu2023.docx")).remove("word/styles.xml").toBytes());
        // PDFBox logs (through commons-logging) a warning for each offset it repairs in a damaged cross-reference
        Path damagedPdf = dir.resolve("bad-xref.pdf");
        String pdf = new String(HostileFiles.corpus("jinhu2023.pdf"), StandardCharsets.ISO_8859_1);
        int xref = pdf.lastIndexOf("\nxref");
        Files.write(damagedPdf, (pdf.substring(0, xref) + pdf.substring(xref).replaceAll("\\d{10} 00000 n",
                "0000000001 00000 n")).getBytes(StandardCharsets.ISO_8859_1));
        List<String> classPath = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) {
                classPath.add(value);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classPath), ReadOneReport.class.getName(),
                "src/test/resources/corpus/jinhu2023.docx", damaged.toString(), damagedPdf.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).containsExactly("200", "200", "200");
        assertThat(p.exitValue()).isZero();
    }
}
