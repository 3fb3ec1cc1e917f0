package io.github.disclosurereport.hostile;

import io.github.disclosurereport.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writing commands with bad input or an output naming the input: exit 2 with one line, the input untouched,
 * no output and no temporary file left behind.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private record Run(int code, String stderr) {
    }

    private static Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            return new Run(Main.run(args), errBytes.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLineRefusal(Run r) {
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.stderr()).isNotEmpty().doesNotContain("\n").doesNotContain("\tat ").doesNotContain("内部错误");
    }

    private static List<String[]> commands(Path input, Path template, Path output) {
        return List.of(
                new String[] {"correct", input.toString(), "-o", output.toString()},
                new String[] {"fill", template.toString(), "--from", input.toString(), "-o", output.toString()},
                new String[] {"fill", input.toString(), "--from", template.toString(), "-o", output.toString()},
                new String[] {"convert", input.toString(), "-o", output.toString()});
    }

    @Test
    void badInputWritesNothing() throws IOException {
        byte[] whole = HostileFiles.corpus("jinhu2023.docx");
        Path template = file("template.docx", whole);
        for (byte[] bad : List.of(Arrays.copyOf(whole, whole.length / 2), new byte[0],
                HostileFiles.withBomb("jinhu2023.docx", "word/document.xml", 50),
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))) {
            Path input = file("bad.docx", bad);
            for (String[] command : commands(input, template, dir.resolve("out.docx"))) {
                Run r = cli(command);
                assertOneLineRefusal(r);
                assertThat(files()).as(String.join(" ", command)).containsExactly("bad.docx", "template.docx");
                assertThat(Files.readAllBytes(input)).isEqualTo(bad);
            }
        }
    }

    @Test
    void anOutputNamingTheInputIsRefusedEvenWithForce() throws IOException {
        byte[] original = HostileFiles.corpus("jinhu2023.docx");
        Path input = file("report.docx", original);
        Path template = file("template.docx", original);
        for (String[] command : commands(input, template, input)) {
            for (boolean force : new boolean[] {false, true}) {
                String[] args = force ? append(command, "--force") : command;
                Run r = cli(args);
                assertOneLineRefusal(r);
                assertThat(Files.readAllBytes(input)).as(String.join(" ", args)).isEqualTo(original);
                assertThat(files()).containsExactly("report.docx", "template.docx");
            }
        }
        // the same file reached through another path is still the input
        Path alias = dir.resolve(".").resolve("report.docx");
        assertOneLineRefusal(cli("convert", input.toString(), "-o", alias.toString(), "--force"));
        assertThat(Files.readAllBytes(input)).isEqualTo(original);
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws IOException {
        Path input = file("report.docx", HostileFiles.corpus("jinhu2023.docx"));
        Path output = file("out.docx", new byte[] {1, 2, 3});
        assertOneLineRefusal(cli("convert", input.toString(), "-o", output.toString()));
        assertThat(Files.readAllBytes(output)).containsExactly(1, 2, 3);
        assertThat(files()).containsExactly("out.docx", "report.docx");
    }

    @Test
    void aDamagedButReadableInputLeavesEitherAWholeOutputOrNone() throws IOException {
        byte[] damaged = ZipParts.of(HostileFiles.corpus("jinhu2023.docx")).remove("word/styles.xml").toBytes();
        Path input = file("damaged.docx", damaged);
        Path output = dir.resolve("out.docx");
        Run r = cli("correct", input.toString(), "-o", output.toString());
        assertThat(r.code()).isIn(0, Main.EXIT_BAD_INPUT);
        assertThat(Files.readAllBytes(input)).isEqualTo(damaged);
        if (r.code() == 0 && Files.exists(output)) {
            assertThat(Outcome.read(Files.readAllBytes(output), "out.docx").refusal()).isNull();
            assertThat(files()).containsExactly("damaged.docx", "out.docx");
        } else if (r.code() == 0) {
            // nothing to correct: nothing written
            assertThat(files()).containsExactly("damaged.docx");
        } else {
            assertOneLineRefusal(r);
            assertThat(files()).containsExactly("damaged.docx");
        }
    }

    @Test
    void stackTracesOnlyWithDebug() throws IOException {
        Path input = file("bad.docx", Arrays.copyOf(HostileFiles.corpus("jinhu2023.docx"), 3000));
        assertOneLineRefusal(cli("parse", input.toString()));
        Run debug = cli("parse", input.toString(), "--debug");
        assertThat(debug.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(debug.stderr()).contains("\tat ");
    }

    private static String[] append(String[] a, String s) {
        String[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = s;
        return b;
    }
}
