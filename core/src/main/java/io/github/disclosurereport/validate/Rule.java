package io.github.disclosurereport.validate;

import java.util.List;

/** One validation rule: what it finds in a report. Implementations must be stateless (validators are shared). */
@FunctionalInterface
public interface Rule {
    List<Finding> check(ValidationContext ctx);
}
