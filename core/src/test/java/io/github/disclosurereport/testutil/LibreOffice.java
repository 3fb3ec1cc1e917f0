package io.github.disclosurereport.testutil;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless, for tests that check our outputs open in a real office program. Locally a test skips when
 * LibreOffice is not installed; CI installs it and sets REQUIRE_LIBREOFFICE=1 so that a missing install fails.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * A throw-away LibreOffice profile in {@code profile} that recalculates .xlsx formulas on load (its default is
     * never), so that a test compares LibreOffice's own results with the values we cached.
     */
    public static Path recalculatingProfile(Path profile) throws IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        return profile;
    }

    public static Path executable() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if ("1".equals(System.getenv("REQUIRE_LIBREOFFICE"))) {
            throw new AssertionError("LibreOffice is required (REQUIRE_LIBREOFFICE=1) but not installed");
        }
        Assumptions.abort("LibreOffice is not installed");
        return null;
    }

    /**
     * Converts {@code input} to {@code format} (e.g. "pdf", "xlsx") in {@code outDir} and returns the output. A
     * private user profile keeps parallel runs from blocking each other.
     */
    public static Path convert(Path input, String format, Path outDir) throws IOException, InterruptedException {
        Path soffice = executable();
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + input + " within 180 s");
        }
        String name = input.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (!Files.isRegularFile(out) || Files.size(out) == 0) {
            throw new AssertionError("LibreOffice could not open " + input + ": "
                    + Files.readString(outDir.resolve("soffice.log")).strip());
        }
        return out;
    }

    /**
     * Converts many files in one LibreOffice run (starting it is most of the cost) to {@code format} in
     * {@code outDir}; returns the outputs in the order of the inputs. Input names must differ in more than their
     * extension.
     */
    public static List<Path> convertAll(List<Path> inputs, String format, Path outDir) throws IOException,
            InterruptedException {
        Path soffice = executable();
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", outDir.toString()));
        inputs.forEach(i -> command.add(i.toString()));
        Path log = outDir.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + inputs.size() + " files in 600 s");
        }
        List<Path> out = new java.util.ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Path o = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.isRegularFile(o) || Files.size(o) == 0) {
                throw new AssertionError("LibreOffice could not open " + input + ": " + Files.readString(log).strip());
            }
            out.add(o);
        }
        return out;
    }

    /**
     * The text of each page of a PDF as laid out on the page (poppler's {@code pdftotext -layout}, which CI
     * installs beside LibreOffice); like LibreOffice itself, missing fails when CI requires it, else skips.
     */
    public static List<String> pdfPageTexts(Path pdf) throws IOException, InterruptedException {
        Path tool = null;
        for (String candidate : List.of("/usr/bin/pdftotext", "/usr/local/bin/pdftotext")) {
            if (Files.isExecutable(Path.of(candidate))) {
                tool = Path.of(candidate);
            }
        }
        if (tool == null) {
            if ("1".equals(System.getenv("REQUIRE_LIBREOFFICE"))) {
                throw new AssertionError("pdftotext (poppler-utils) is required (REQUIRE_LIBREOFFICE=1) but not installed");
            }
            Assumptions.abort("pdftotext (poppler-utils) is not installed");
        }
        Process p = new ProcessBuilder(tool.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] text = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("pdftotext failed on " + pdf);
        }
        List<String> pages = new java.util.ArrayList<>(List.of(
                new String(text, java.nio.charset.StandardCharsets.UTF_8).split("\f", -1)));
        while (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /** Number of pages of a PDF, read from its page tree (enough for files LibreOffice writes). */
    public static int pdfPages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
