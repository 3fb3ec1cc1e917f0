package io.github.disclosurereport.cli;

import io.github.disclosurereport.BatchResult;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code validate FILE|DIR... [--json] [--previous FILE] [--statistics FILE] [--summary 汇总.xlsx]}: check reports
 * against the rules. Exit 1 if any ERROR. A folder (or --summary) makes it a batch: every file under the folders,
 * on all cores, unreadable files listed rather than fatal (exit 2 only when nothing could be read — and then no
 * summary workbook is written).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "校验报告（结构、表格数字、正文与表格是否一致、日期等） / validate reports against the rules")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "报告文件或文件夹 / report files or folders (.docx, .doc, .xlsx, .xls, .html, JSON)")
    List<ReportArgument> files;

    @Option(names = "--summary", paramLabel = "汇总.xlsx",
            description = "写出汇总工作簿（每份报告一行、问题明细、无法读取的文件、重复与缺报） / write the summary workbook")
    Path summary;

    @Option(names = "--force", description = "覆盖已存在的汇总工作簿 / replace an existing summary workbook")
    boolean force;

    @Option(names = "--statistics", paramLabel = "FILE",
            description = "单独保存的统计表（附件），与报告合并校验 / the report's statistics table saved as a file of its own")
    Path statistics;

    @Option(names = "--json", description = "输出 JSON / print JSON")
    boolean json;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "上一年度的报告，用于核对结转数等 / last year's report of the same organ (rules A5, A6, D3; "
                    + "another year or organ: exit 2)")
    ReportArgument previous;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DisclosureReports root = formOptions.root();
        if (summary != null || files.stream().anyMatch(ReportArgument::isDirectory)) {
            return batch(root);
        }
        if (statistics != null && files.size() != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--statistics 只能用于一份报告 / --statistics goes with one report file");
        }
        // Read everything first: an unreadable input is exit 2 with one line, before any report is printed.
        ReportReader reader = root.reader();
        Report prev = previous == null ? null : previous.read(reader);
        List<Report> reports = new ArrayList<>();
        for (ReportArgument f : files) {
            reports.add(statistics == null ? f.read(reader) : reader.join(f.read(reader), reader.read(statistics)));
        }
        Validator validator = root.validator().withPrevious(prev);
        List<ValidationResult> results = reports.stream().map(validator::validate).toList();
        // a --previous report of another year or organ is refused (D4): one line and exit 2, no misleading A5/A6
        for (int i = 0; i < results.size(); i++) {
            java.util.Optional<String> refused = previous == null ? java.util.Optional.empty()
                    : PreviousRefusal.line(results.get(i), previous.fileName(),
                            files.get(i).fileName());
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
                text(files.get(i).toString(), results.get(i), out);
            }
        }
        out.flush();
        return results.stream().anyMatch(ValidationResult::hasErrors) ? 1 : 0;
    }

    /** Every report under the folders, on all cores; the summary workbook when asked for. */
    private int batch(DisclosureReports root) throws Exception {
        if (previous != null || statistics != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "校验文件夹时不用 --previous 和 "
                    + "--statistics：上一年度的报告和统计表放在文件夹中即可自动对应 / with folders, put last year's "
                    + "reports and the attachments in the folders: they are matched automatically");
        }
        if (files.stream().anyMatch(ReportArgument::isWebAddress)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "批量校验（文件夹或 --summary）只用于本机"
                    + "文件，网址请逐个校验 / a batch (folders or --summary) takes files only; validate addresses one by one");
        }
        List<Path> paths = files.stream().map(ReportArgument::path).toList();
        if (summary != null) {
            OutputOptions target = new OutputOptions();
            target.output = summary;
            target.force = force;
            target.checked("xlsx", paths.toArray(Path[]::new));
        }
        BatchResult result;
        try (BatchProgress progress = BatchProgress.onTerminal("校验 / validating")) {
            result = root.batchValidator().validate(paths, summary == null ? Set.of() : Set.of(summary), progress);
        }
        // a run that read nothing is exit 2 and writes nothing: a workbook with no report in it would pass for a
        // summary of the folder (and with --force replace the last real one)
        boolean summarized = summary != null && !result.entries().isEmpty();
        if (summarized) {
            result.writeSummary(summary);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ValidationJson.write(batchJson(root, result)));
        } else {
            batchText(result, out);
        }
        out.flush();
        if (result.entries().isEmpty()) {
            spec.commandLine().getErr().println("没有读出任何报告" + (summary == null ? "" : "，未写入汇总")
                    + " / no report could be read (" + result.unreadable().size() + " 个文件无法读取 / files unreadable)"
                    + (summary == null ? "" : "; no summary written"));
            return Main.EXIT_BAD_INPUT;
        }
        return result.hasErrors() ? 1 : 0;
    }

    private void batchText(BatchResult result, PrintWriter out) {
        for (BatchResult.Entry e : result.entries()) {
            text(e.file().toString(), new ValidationResult(e.findings()), out, e);
        }
        if (!result.unreadable().isEmpty()) {
            out.println("无法读取 / unreadable (" + result.unreadable().size() + "):");
            result.unreadable().forEach(u -> out.println("  " + u.file() + "：" + u.message()));
        }
        for (List<BatchResult.Entry> group : result.duplicates()) {
            out.println("重复 / same organization and year: " + group.get(0).organization() + " " + group.get(0).year()
                    + "：" + String.join("、", group.stream().map(e -> e.file().toString()).toList()));
        }
        for (Map.Entry<String, List<Integer>> m : result.missingYears().entrySet()) {
            out.println("缺少年度 / missing years: " + m.getKey() + "："
                    + String.join("、", m.getValue().stream().map(String::valueOf).toList()));
        }
        long withErrors = result.entries().stream().filter(e -> e.errors() > 0).count();
        out.println("共 " + result.entries().size() + " 份报告，" + withErrors + " 份有错误，" + result.unreadable().size()
                + " 个文件无法读取 / " + result.entries().size() + " reports, " + withErrors + " with errors, "
                + result.unreadable().size() + " unreadable"
                + (summary == null || result.entries().isEmpty() ? "" : "；汇总 / summary: " + summary));
    }

    private static ObjectNode batchJson(DisclosureReports root, BatchResult result) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode reports = json.putArray("reports");
        for (BatchResult.Entry e : result.entries()) {
            ObjectNode o = ValidationJson.toJson(root, new ValidationResult(e.findings()), e.file().toString());
            o.put("organization", e.organization());
            if (e.year() == null) {
                o.putNull("year");
            } else {
                o.put("year", e.year());
            }
            o.put("format", e.format().name());
            o.put("attachment", e.attachment() == null ? null : e.attachment().toString());
            o.put("pairedBy", e.pairedBy());
            o.put("previous", e.previous() == null ? null : e.previous().toString());
            reports.add(o);
        }
        ArrayNode unreadable = json.putArray("unreadable");
        for (BatchResult.Unreadable u : result.unreadable()) {
            ObjectNode o = unreadable.addObject();
            o.put("file", u.file().toString());
            o.put("reason", u.reason() == null ? null : u.reason().name());
            o.put("message", u.message());
        }
        ArrayNode duplicates = json.putArray("duplicates");
        for (List<BatchResult.Entry> group : result.duplicates()) {
            ArrayNode g = duplicates.addArray();
            group.forEach(e -> g.add(e.file().toString()));
        }
        ObjectNode missing = json.putObject("missingYears");
        result.missingYears().forEach((org, years) -> {
            ArrayNode y = missing.putArray(org);
            years.forEach(y::add);
        });
        return json;
    }

    static void text(String file, ValidationResult result, PrintWriter out) {
        text(file, result, out, null);
    }

    private static void text(String file, ValidationResult result, PrintWriter out, BatchResult.Entry joined) {
        out.println("文件 / file: " + file);
        if (joined != null && joined.attachment() != null) {
            out.println("  统计表附件 / attachment: " + joined.attachment() + "（" + joined.pairedBy() + "）");
        }
        if (joined != null && joined.previous() != null) {
            out.println("  对比上年报告 / compared with last year's: " + joined.previous());
        }
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
