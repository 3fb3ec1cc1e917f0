package io.github.disclosurereport.form;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in forms, loaded once from the TSVs in this package's resources. */
public final class Forms {

    private static final FormDefinition CURRENT = builtIn("current-2021.tsv", ReportFormat.CURRENT_2021);
    private static final FormDefinition TRIAL = builtIn("trial-2019.tsv", ReportFormat.TRIAL_2019);
    private static final FormDefinition LEGACY = builtIn("legacy-statistics.tsv", ReportFormat.LEGACY_2008);

    private Forms() {
    }

    /** 国办公开办函〔2021〕30号 tables T2, T3, T4. */
    public static FormDefinition current2021() {
        return CURRENT;
    }

    /** 国办公开办函〔2019〕60号 trial tables T2, T3, T4. */
    public static FormDefinition trial2019() {
        return TRIAL;
    }

    /** The legacy 政府信息公开工作情况统计表 (table L). */
    public static FormDefinition legacyStatistics() {
        return LEGACY;
    }

    /** The built-in form of the format: {@code FormSet.standard().form(format)}. */
    public static FormDefinition forFormat(ReportFormat format) {
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
     * @throws FormDefinitionException when no variant of that name is bundled or it cannot be loaded
     */
    public static FormDefinition variant(String name) {
        return bundledVariant(name).orElseThrow(() -> new FormDefinitionException("no bundled form variant '" + name
                + "'"));
    }

    /** The bundled variant of that name, if there is one. */
    static Optional<FormDefinition> bundledVariant(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
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
        String text = new String(content, StandardCharsets.UTF_8);
        try {
            return Optional.of(FormDefinition.load(name, declaredFormat(name, text), new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a variant whose TSV declares its format in a comment line {@code # format: TRIAL_2019} (one of
     * CURRENT_2021, TRIAL_2019, LEGACY_2008) before the header.
     */
    public static FormDefinition loadDeclared(String name, Reader tsv) throws IOException {
        String text = new BufferedReader(tsv).lines().collect(java.util.stream.Collectors.joining("\n"));
        return FormDefinition.load(name, declaredFormat(name, text), new StringReader(text));
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
            return FormDefinition.load(resource, format, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
