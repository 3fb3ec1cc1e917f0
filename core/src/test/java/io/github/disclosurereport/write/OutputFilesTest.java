package io.github.disclosurereport.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> OutputFiles.write(out, false, o -> o.write(1)))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("--force");
        assertThat(Files.readString(out)).isEqualTo("old");
        OutputFiles.write(out, true, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("new");
    }

    @Test
    void theInputIsNeverOverwrittenEvenWithForce() throws IOException {
        Path in = dir.resolve("in.docx");
        Files.writeString(in, "input");
        assertThatThrownBy(() -> OutputFiles.write(dir.resolve("./in.docx"), true, o -> o.write(1), in))
                .isInstanceOf(OutputExistsException.class);
        assertThat(Files.readString(in)).isEqualTo("input");
    }

    @Test
    void aFailureLeavesNoPartialFile() throws IOException {
        Path out = dir.resolve("out.xlsx");
        assertThatThrownBy(() -> OutputFiles.write(out, false, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
