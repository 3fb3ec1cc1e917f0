package io.github.disclosurereport.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built-in forms, loaded once from the TSVs in this package's resources. */
public final class Forms {

    private static final FormDefinition CURRENT = builtIn("current-2021.tsv", ReportFormat.CURRENT_2021);
    private static final FormDefinition TRIAL = builtIn("trial-2019.tsv", ReportFormat.TRIAL_2019);
    private static final FormDefinition LEGACY = builtIn("legacy-statistics.tsv", ReportFormat.LEGACY_2008);

    private Forms() {
    }

    /** {@return the national 2021 form: the tables T2, T3, T4 of 国办公开办函〔2021〕30号} */
    public static FormDefinition current2021() {
        return CURRENT;
    }

    /** {@return the national 2019 trial form: the tables T2, T3, T4 of 国办公开办函〔2019〕60号} */
    public static FormDefinition trial2019() {
        return TRIAL;
    }

    /** {@return the legacy form: the 政府信息公开工作情况统计表 as table L} */
    public static FormDefinition legacyStatistics() {
        return LEGACY;
    }

    /**
     * The national form of the format, which the conversion rules and format fingerprints are written against.
     *
     * @param format a report format
     * @return its national form
     */
    public static FormDefinition national(ReportFormat format) {
        return switch (format) {
            case CURRENT_2021 -> CURRENT;
            case TRIAL_2019 -> TRIAL;
            case LEGACY_2008 -> LEGACY;
        };
    }

    /**
     * A provincial variant bundled with the library (resource {@code variants/NAME.tsv}), e.g.
     * {@code hubei-trial-2019}. Its format is declared in the file by a comment line {@code # format: TRIAL_2019}.
     *
     * @param name the variant's name: lower-case letters, digits and hyphens
     * @return the variant, loaded once and shared
     * @throws FormDefinitionException when no variant of that name is bundled or it cannot be loaded
     */
    public static FormDefinition variant(String name) {
        return bundledVariant(name).orElseThrow(() -> new FormDefinitionException("no bundled form variant '" + name
                + "'"));
    }

    /**
     * The provincial variants bundled with the library for a format, in the order of their list
     * ({@code variants/bundled.txt}): e.g. for LEGACY_2008 Fujian's 政府信息公开情况统计表. A legacy statistics table is
     * read with the legacy form it matches best, the configured one or one of these.
     *
     * @param format a report format
     * @return its bundled variants, each loaded once
     */
    public static List<FormDefinition> bundled(ReportFormat format) {
        return BUNDLED_NAMES.stream().map(Forms::variant).filter(f -> f.format() == format).toList();
    }

    private static final List<String> BUNDLED_NAMES = bundledNames();

    private static List<String> bundledNames() {
        try (InputStream in = Forms.class.getResourceAsStream("variants/bundled.txt")) {
            if (in == null) {
                throw new FormDefinitionException("list of bundled variants missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled variant of that name, if there is one; each is loaded once. */
    static Optional<FormDefinition> bundledVariant(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        FormDefinition loaded = BUNDLED.get(name);
        if (loaded == null) {
            // names that are not bundled are not remembered: a saved report may name anything
            Optional<FormDefinition> found = loadBundled(name);
            found.ifPresent(f -> BUNDLED.putIfAbsent(name, f));
            return found.map(f -> BUNDLED.get(name));
        }
        return Optional.of(loaded);
    }

    private static final Map<String, FormDefinition> BUNDLED = new ConcurrentHashMap<>();

    private static Optional<FormDefinition> loadBundled(String name) {
        String resource = "variants/" + name + ".tsv";
        byte[] content;
        try (InputStream in = Forms.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(loadDeclaredText(name, new String(content, StandardCharsets.UTF_8)));
    }

    /**
     * Loads a variant whose TSV declares its format in a comment line {@code # format: TRIAL_2019} (one of
     * CURRENT_2021, TRIAL_2019, LEGACY_2008) before the header.
     *
     * @param name the form's name (recorded in reports read with it)
     * @param tsv  the TSV text; a leading byte-order mark is ignored
     * @return the loaded form
     * @throws IOException             when the text cannot be read
     * @throws FormDefinitionException when the text is no valid form, naming the line at fault
     */
    public static FormDefinition loadDeclared(String name, Reader tsv) throws IOException {
        String text = new BufferedReader(tsv).lines().collect(java.util.stream.Collectors.joining("\n"));
        return loadDeclaredText(name, text);
    }

    /**
     * Loads a variant file as {@link #loadDeclared(String, Reader)}, decoding its bytes as saved on Windows too: a
     * UTF-8 byte-order mark is ignored, and a file in GBK/GB18030 (what Chinese Windows editors save as "ANSI") is
     * read as such.
     *
     * @param name    the form's name
     * @param content the file's bytes
     * @return the loaded form
     * @throws FormDefinitionException when the bytes are in neither encoding or are no valid form
     */
    public static FormDefinition loadDeclared(String name, byte[] content) {
        return loadDeclaredText(name, TextFiles.decode(name, content));
    }

    /**
     * Loads a form file of a given format, decoding it as {@link #loadDeclared(String, byte[])} does.
     *
     * @param name    the form's name
     * @param format  the report format the form describes
     * @param content the file's bytes
     * @return the loaded form
     * @throws FormDefinitionException when the bytes are in neither encoding or are no valid form
     */
    public static FormDefinition load(String name, ReportFormat format, byte[] content) {
        try {
            return FormDefinition.load(name, format, new StringReader(TextFiles.decode(name, content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static FormDefinition loadDeclaredText(String name, String text) {
        String clean = TextFiles.withoutBom(text);
        try {
            return FormDefinition.load(name, declaredFormat(name, clean), new StringReader(clean));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static ReportFormat declaredFormat(String name, String text) {
        Matcher m = FORMAT_DECLARATION.matcher(text);
        if (!m.find()) {
            throw new FormDefinitionException(name + ": no '# format: …' comment declaring the report format");
        }
        try {
            return ReportFormat.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new FormDefinitionException(name + ": unknown report format '" + m.group(1) + "'");
        }
    }

    private static final Pattern FORMAT_DECLARATION = Pattern.compile("(?m)^#\\s*format:\\s*(\\S+)");

    private static FormDefinition builtIn(String resource, ReportFormat format) {
        try (InputStream in = Forms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormDefinitionException("built-in form missing from the jar: " + resource);
            }
            return FormDefinition.loadNational(resource, format, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
