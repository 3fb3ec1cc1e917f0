package io.github.disclosurereport.cli;

import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.ValidationResult;

import java.util.List;
import java.util.Optional;

/**
 * A last year's report of another year or organ (rule D4) is refused, not compared: the one line {@code validate
 * --previous} prints before exiting 2, and the web page shows for the same files.
 */
public final class PreviousRefusal {

    private PreviousRefusal() {
    }

    /**
     * The refusal, if the validator refused the previous report.
     *
     * @param result       the findings of the report checked against it
     * @param previousName the previous report's file name
     * @param fileName     the report's file name
     * @return the line, or empty when the previous report was accepted (or none was given)
     */
    public static Optional<String> line(ValidationResult result, String previousName, String fileName) {
        List<Finding> refused = result.ofRule("D4");
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("上一年度报告不适用 / last year's report refused (" + previousName + " → " + fileName + "): "
                + refused.get(0).message());
    }
}
