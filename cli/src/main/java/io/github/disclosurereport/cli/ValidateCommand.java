package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate FILE... [--json] [--previous FILE]}: check reports against the rules. Exit 1 if any ERROR. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "校验报告（结构、表格数字、正文与表格是否一致、日期等） / validate reports against the rules")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "报告文件 / report files (.docx, .doc, .xlsx, .xls)")
    List<Path> files;

    @Option(names = "--json", description = "输出 JSON / print JSON")
    boolean json;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "上一年度的报告，用于核对结转数等 / last year's report of the same organ (rules A5, A6, D3; "
                    + "another year or organ: exit 2)")
    Path previous;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Read everything first: an unreadable input is exit 2 with one line, before any report is printed.
        DisclosureReports root = formOptions.root();
        ReportReader reader = root.reader();
        Report prev = previous == null ? null : reader.read(previous);
        List<Report> reports = new ArrayList<>();
        for (Path f : files) {
            reports.add(reader.read(f));
        }
        Validator validator = root.validator().withPrevious(prev);
        List<ValidationResult> results = reports.stream().map(validator::validate).toList();
        // a --previous report of another year or organ is refused (D4): one line and exit 2, no misleading A5/A6
        for (int i = 0; i < results.size(); i++) {
            java.util.Optional<String> refused = previous == null ? java.util.Optional.empty()
                    : PreviousRefusal.line(results.get(i), String.valueOf(previous.getFileName()),
                            String.valueOf(files.get(i).getFileName()));
            if (refused.isPresent()) {
                spec.commandLine().getErr().println(refused.get());
                return 2;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            if (files.size() == 1) {
                out.println(ValidationJson.text(root, results.get(0)));
            } else {
                ArrayNode all = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < files.size(); i++) {
                    all.add(ValidationJson.toJson(root, results.get(i), files.get(i).toString()));
                }
                out.println(ValidationJson.write(all));
            }
        } else {
            for (int i = 0; i < files.size(); i++) {
                text(files.get(i), results.get(i), out);
            }
        }
        out.flush();
        return results.stream().anyMatch(ValidationResult::hasErrors) ? 1 : 0;
    }

    static void text(Path file, ValidationResult result, PrintWriter out) {
        out.println("文件 / file: " + file);
        if (result.findings().isEmpty()) {
            out.println("  未发现问题 / no findings");
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = result.withSeverity(s);
            if (group.isEmpty()) {
                continue;
            }
            out.println("  " + s.chinese() + " / " + s.name() + " (" + group.size() + "):");
            for (Finding f : group) {
                out.println("    [" + f.rule() + "] " + s.name() + " " + f.location().describe() + "：" + f.message());
            }
        }
        out.println();
    }
}
