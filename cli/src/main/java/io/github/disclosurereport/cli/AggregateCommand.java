package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportAggregator;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code aggregate INPUTS... -o 汇总表.xlsx [--parent REGION_REPORT] [--docx 汇总表.docx]}: departments' reports of one
 * year summed into the region's tables.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "把各部门同一年度的报告表格汇总为本级汇总表（Excel 公式求和） / sum departments' reports into a region's tables")
final class AggregateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "各部门的报告文件或文件夹 / departments' reports or folders")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    OutputOptions target = new OutputOptions();

    @Option(names = "--parent", paramLabel = "REGION_REPORT",
            description = "本级政府自己的报告，与各部门之和逐项比较（规则 A8） / the region's own report, compared with the sum (A8)")
    Path parent;

    @Option(names = "--docx", paramLabel = "汇总表.docx",
            description = "另以 2021 年官方格式写出汇总表格 / also write the summed tables in the official 2021 layout")
    Path docx;

    @Option(names = "--include-errors", description = "有错误的报告也汇总（仍会列出） / sum reports with ERRORs too (still listed)")
    boolean includeErrors;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DisclosureReports root = formOptions.root();
        List<Path> files = root.batchValidator().files(inputs);
        // every check before the first file is written: a refusal leaves nothing behind
        List<Path> readFrom = new ArrayList<>(files);
        if (parent != null) {
            readFrom.add(parent);
        }
        Path[] sources = readFrom.toArray(Path[]::new);
        Path output = target.checked("xlsx", sources);
        if (docx != null) {
            OutputOptions.checked(docx, target.force, "docx", sources);
        }
        Report region = parent == null ? null : root.reader().read(parent);
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path f : files) {
            try {
                reports.add(root.reader().read(f));
            } catch (Exception e) {
                unreadable.add(f + "：" + Failures.oneLine(e));
            }
        }
        ReportAggregator aggregator = root.aggregator();
        ReportAggregator.Aggregation sum = aggregator.aggregate(reports, includeErrors);
        unreadable.forEach(line -> out.println("无法读取 / unreadable: " + line));
        sum.refused().forEach(line -> out.println("注意 / note: " + line));
        if (sum.included().isEmpty()) {
            out.flush();
            spec.commandLine().getErr().println("没有可以汇总的报告 / no report could be summed");
            return Main.EXIT_BAD_INPUT;
        }
        aggregator.writeWorkbook(sum, output);
        out.println("已写入 / written: " + output + "（汇总 " + sum.included().size() + " 个单位，"
                + sum.sum().metadata().year() + "年度，" + sum.sum().format().displayName() + "）");
        if (docx != null) {
            Report tables = sum.sum().format() == io.github.disclosurereport.form.ReportFormat.CURRENT_2021 ? sum.sum()
                    : root.converter().toCurrent(sum.sum()).report();
            root.docxWriter().write(tables, docx);
            out.println("已写入 / written: " + docx);
        }
        if (region != null) {
            List<Finding> differences = aggregator.compare(region, sum);
            out.println("本级报告与各部门之和比较（A8） / the region's report against the sum: "
                    + (differences.isEmpty() ? "一致 / no differences" : differences.size() + " 处不同 / differences"));
            for (Finding f : differences) {
                out.println("  [A8 WARNING] " + f.location().describe() + "：" + f.message());
            }
        }
        out.flush();
        return 0;
    }
}
