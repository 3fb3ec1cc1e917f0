package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.testutil.Sources;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is left of a real report after a broken download or a damaged disk, reading it either works or fails
 * with one {@link ReportReadException} line: no POI exception, no stack trace text, no hang.
 */
class HostileInputProperties {

    @Property(tries = 200)
    void truncatedFilesReadOrFailWithOneLine(@ForAll("corpusFile") String name,
                                             @ForAll @IntRange(min = 1, max = 999) int permille) throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/corpus", name));
        assertReadsOrRefusesCleanly(Arrays.copyOf(whole, (int) ((long) whole.length * permille / 1000)), name);
    }

    @Property(tries = 200)
    void corruptedFilesReadOrFailWithOneLine(@ForAll("corpusFile") String name,
                                             @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed)
            throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/corpus", name));
        Random random = new Random(seed);
        for (int i = 0; i < 16; i++) { // overwrite a few runs of bytes past the signature
            int at = 8 + random.nextInt(bytes.length - 40);
            for (int k = 0; k < 1 + random.nextInt(24); k++) {
                bytes[at + k] = (byte) random.nextInt(256);
            }
        }
        assertReadsOrRefusesCleanly(bytes, name);
    }

    @Provide
    Arbitrary<String> corpusFile() {
        return Arbitraries.of("jinhu2023.doc", "jinhu2023.docx", "seed-2017-huancui-cdpf.doc",
                "seed-2017-statistics.xls", "seed-2017-statistics.xlsx");
    }

    private static void assertReadsOrRefusesCleanly(byte[] content, String name) {
        try {
            SourceDocument source = Sources.read(content, name);
            assertThat(source.fileName()).isEqualTo(name);
        } catch (ReportReadException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).startsWith(name + ": ").contains(" / ").doesNotContain("\n")
                    .doesNotContain("\tat ");
        }
    }
}
