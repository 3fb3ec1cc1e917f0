package io.github.disclosurereport.validate;

import java.util.List;

/**
 * What a validation found, sorted by place in the document.
 *
 * @param findings every finding, sorted by location
 */
public record ValidationResult(List<Finding> findings) {

    public ValidationResult {
        findings = findings.stream().sorted(Finding.BY_LOCATION).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> ofRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
