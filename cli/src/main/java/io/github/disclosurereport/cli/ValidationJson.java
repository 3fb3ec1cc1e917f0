package io.github.disclosurereport.cli;

import io.github.disclosurereport.read.exported.ReportJson;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/**
 * The findings as JSON: what {@code validate --json} prints and what the web page's {@code POST /api/validate}
 * answers. One writer for both, so the two cannot drift apart.
 */
public final class ValidationJson {

    private ValidationJson() {
    }

    /**
     * The JSON text {@code validate --json} prints for one file.
     *
     * @param result the validator's findings
     * @return indented JSON: {@code errors}, {@code warnings}, {@code findings}
     */
    public static String text(ValidationResult result) {
        return ReportJson.write(toJson(result, null));
    }

    /**
     * The findings as a JSON object.
     *
     * @param result the validator's findings
     * @param file   the file name to put first (several files in one answer), or null
     * @return {@code file} (when given), {@code errors}, {@code warnings} and {@code findings} [{@code rule},
     *         {@code severity}, {@code message}, {@code cells}, {@code location}, {@code expected}, {@code actual}]
     */
    public static ObjectNode toJson(ValidationResult result, String file) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (file != null) {
            root.put("file", file);
        }
        root.put("errors", result.withSeverity(Severity.ERROR).size());
        root.put("warnings", result.withSeverity(Severity.WARNING).size());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().name());
            o.put("message", f.message());
            ArrayNode cells = o.putArray("cells");
            f.cells().forEach(cells::add);
            o.set("location", ReportJson.location(f.location()));
            if (f.expected() == null) {
                o.putNull("expected");
            } else {
                o.put("expected", plain(f.expected()));
            }
            if (f.actual() == null) {
                o.putNull("actual");
            } else {
                o.put("actual", plain(f.actual()));
            }
        }
        return root;
    }

    /** 25.1 rather than 25.1000, 100 rather than 1E+2. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
