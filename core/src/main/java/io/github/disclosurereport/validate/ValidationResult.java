package io.github.disclosurereport.validate;

import java.util.List;

/**
 * What a validation found, sorted by place in the document.
 *
 * @param findings every finding, sorted by location
 */
public record ValidationResult(List<Finding> findings) {

    /**
     * Sorts the findings by {@link Finding#BY_LOCATION} into an unmodifiable list.
     *
     * @param findings the findings, in any order
     */
    public ValidationResult {
        findings = findings.stream().sorted(Finding.BY_LOCATION).toList();
    }

    /** {@return whether any finding is an {@link Severity#ERROR}: the report is wrong (the CLI then exits with 1)} */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings of one severity, e.g. to list errors before warnings.
     *
     * @param severity the severity
     * @return those findings, in document order
     */
    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The findings of one rule.
     *
     * @param rule a rule id, e.g. {@code A4}
     * @return those findings, in document order
     */
    public List<Finding> ofRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
