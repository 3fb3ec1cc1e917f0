package io.github.disclosurereport.dist;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download for clerks, as {@code mvn package} built it: unpacked, it holds the jar, the launchers, 使用说明 and the
 * samples, and {@code dr parse samples/…} runs with nothing but a Java runtime on the PATH (no Maven, no JAVA_HOME).
 */
class DistributionZipIT {

    private static final Path ZIP = Path.of(System.getProperty("dist.zip", "../target/disclosure-report.zip"));
    private static final String VERSION = System.getProperty("dist.version", "");

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void unpackedItRunsDrParseOnASampleWithOnlyJava(@TempDir Path dir) throws Exception {
        assertThat(ZIP).as("mvn package builds the zip").exists();
        Path home = unpack(ZIP, dir).resolve("disclosure-report-" + VERSION);
        for (String f : List.of("disclosure-report-cli.jar", "dr", "dr.bat", "打开网页版.bat", "open-web.sh", "使用说明.txt",
                "samples/seed-2017-huancui-cdpf.docx")) {
            assertThat(home.resolve(f)).as(f).exists();
        }
        assertThat(Files.isExecutable(home.resolve("dr"))).isTrue();
        assertThat(Files.isExecutable(home.resolve("open-web.sh"))).isTrue();
        // cmd.exe reads a batch file in the console's code page: GBK with CRLF on Chinese Windows
        String openWeb = new String(Files.readAllBytes(home.resolve("打开网页版.bat")), Charset.forName("GBK"));
        assertThat(openWeb).contains("serve --open", "\r\n").doesNotContain("\uFFFD");
        assertThat(new String(Files.readAllBytes(home.resolve("dr.bat")), Charset.forName("GBK")))
                .contains("-jar \"%~dp0disclosure-report-cli.jar\" %*");
        byte[] guide = Files.readAllBytes(home.resolve("使用说明.txt"));
        assertThat(new String(guide, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("双击“打开网页版.bat”", "Java 17");

        String out = dr(home, Map.of());
        assertThat(out).contains("LEGACY_2008", "威海市环翠区残疾人联合会");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theFirstRunLeavesAClassArchiveThatLaterRunsMap(@TempDir Path dir) throws Exception {
        Path home = unpack(ZIP, dir).resolve("disclosure-report-" + VERSION);
        Path user = Files.createDirectories(dir.resolve("home"));
        String first = dr(home, Map.of("HOME", user.toString()));
        Path cache = user.resolve(".cache/disclosure-report");
        List<Path> archives;
        try (var files = Files.list(cache)) {
            archives = files.toList();
        }
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).matches("cli-\\d+\\.jsa"));
        // the second run maps its classes from that archive (the dynamic, "top" layer) and prints the same
        Path loaded = dir.resolve("classes.log");
        String second = dr(home, Map.of("HOME", user.toString(),
                "JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + loaded));
        assertThat(second.replaceFirst("(?s)^Picked up JAVA_TOOL_OPTIONS[^\\n]*\\n", "")).isEqualTo(first);
        assertThat(Files.readString(loaded)).contains("io.github.disclosurereport.cli.Main source: shared objects file (top)");
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).isEqualTo(archives); // used, not made again
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aJavaThatCannotMakeTheArchiveStillRunsAndIsNotAskedAgain(@TempDir Path dir) throws Exception {
        Path home = unpack(ZIP, dir).resolve("disclosure-report-" + VERSION);
        Path user = Files.createDirectories(dir.resolve("home"));
        // without its base archive (-Xshare:off here; some Java builds ship none) a JVM asked to dump one refuses to start
        Map<String, String> noBase = Map.of("HOME", user.toString(), "JAVA_TOOL_OPTIONS", "-Xshare:off");
        assertThat(dr(home, noBase)).contains("LEGACY_2008", "威海市环翠区残疾人联合会");
        try (var files = Files.list(user.resolve(".cache/disclosure-report"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).matches("cli-\\d+\\.jsa\\.unsupported"));
        }
        assertThat(dr(home, noBase)).contains("LEGACY_2008");
    }

    /** {@code ./dr parse} of a sample with nothing but java on the PATH (no JAVA_HOME), and these variables. */
    private static String dr(Path home, Map<String, String> extra) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        ProcessBuilder pb = new ProcessBuilder("./dr", "parse", "samples/seed-2017-huancui-cdpf.docx")
                .directory(home.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", javaBin + ":/usr/bin:/bin"); // java, and the shell's own tools (sed, dirname, ls, cksum)
        env.put("LANG", "C.UTF-8");
        env.putAll(extra);
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Unpacks with the zip's own Unix modes, as unzip and Explorer do. */
    private static Path unpack(Path zip, Path dir) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(z.getEntries()));
            for (ZipArchiveEntry e : entries) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return dir;
    }
}
