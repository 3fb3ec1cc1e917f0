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
    void anExistingFileIsReplacedWhole() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        OutputFiles.write(out, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("new");
    }

    @Test
    void theInputIsNeverOverwritten() throws IOException {
        Path in = dir.resolve("in.docx");
        Files.writeString(in, "input");
        assertThatThrownBy(() -> OutputFiles.write(dir.resolve("./in.docx"), o -> o.write(1), in))
                .isInstanceOf(java.nio.file.FileSystemException.class).hasMessageContaining("输出文件不能与输入文件相同");
        assertThat(Files.readString(in)).isEqualTo("input");
    }

    @Test
    void aFailureLeavesNoPartialFile() throws IOException {
        Path out = dir.resolve("out.xlsx");
        assertThatThrownBy(() -> OutputFiles.write(out, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
