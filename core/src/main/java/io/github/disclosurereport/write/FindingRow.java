package io.github.disclosurereport.write;

import io.github.disclosurereport.validate.Finding;

import java.util.List;
import java.util.Objects;

/**
 * One line of the workbook's 校验结果 sheet: a validator finding or a conversion note, as printed.
 *
 * @param rule     the rule's stable code, e.g. T3-A3
 * @param severity e.g. 错误 / 警告 / 提示 (printed as given)
 * @param message  what is wrong, in Chinese
 * @param cells    the cell ids concerned (linked to their places in the workbook), possibly empty
 * @param location where in the source document, in words (e.g. 第2个表格第5行第3列), possibly empty
 */
public record FindingRow(String rule, String severity, String message, List<String> cells, String location) {
    public FindingRow {
        rule = rule == null ? "" : rule;
        severity = severity == null ? "" : severity;
        Objects.requireNonNull(message, "message");
        cells = cells == null ? List.of() : List.copyOf(cells);
        location = location == null ? "" : location;
    }

    public static FindingRow of(Finding f) {
        String severity = switch (f.severity()) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
        return new FindingRow(f.rule(), severity, f.message(), f.cells(), f.location().describe());
    }

    public static FindingRow of(ConversionNote n) {
        return new FindingRow(n.rule(), n.severity().equals("INFO") ? "提示" : "警告", n.message(), n.cells(), "");
    }
}
