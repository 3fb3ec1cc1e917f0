package io.github.disclosurereport.validate;

import java.util.List;

/**
 * One validation rule: what it finds in a report. A program adds its own with
 * {@link io.github.disclosurereport.Validator#withRule}. Implementations must be stateless (validators are shared).
 */
@FunctionalInterface
public interface Rule {
    /**
     * Checks one report.
     *
     * @param ctx the report, its form and last year's report if one was given
     * @return what the rule found, empty when the report passes; each finding carries the rule's id
     */
    List<Finding> check(ValidationContext ctx);
}
