package io.github.disclosurereport.form;

import io.github.disclosurereport.model.ReportFormat;

import java.io.IOException;
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

    public static FormDefinition forFormat(ReportFormat format) {
        return switch (format) {
            case CURRENT_2021 -> CURRENT;
            case TRIAL_2019 -> TRIAL;
            case LEGACY_2008 -> LEGACY;
        };
    }

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
