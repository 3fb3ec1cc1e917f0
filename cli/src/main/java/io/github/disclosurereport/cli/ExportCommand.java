package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export FILE -o OUT.xlsx}: the tables as a workbook with live formulas and the validator's findings. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "把报告的表格导出为 Excel 工作簿（合计为公式，附校验结果） / export the tables as .xlsx with live formulas")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "报告文件或本工具输出的 JSON；或文件夹（-o 为输出文件夹） / report "
            + "file or this tool's JSON; or a folder (then -o is the output folder)")
    ReportArgument file;

    @picocli.CommandLine.Mixin
    OutputOptions target = new OutputOptions();

    @Option(names = "--no-findings", description = "不附校验结果工作表 / leave out the findings sheet")
    boolean noFindings;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @picocli.CommandLine.Mixin
    StatisticsOption statisticsOption = new StatisticsOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DisclosureReports root = formOptions.root();
        if (file.isDirectory()) {
            return FolderRun.run(root, file.path(), target.output, target.force, ".xlsx", (in, o) -> {
                Report report = root.reader().read(in);
                List<Finding> findings = noFindings ? null : root.validator().validate(report).findings();
                root.xlsxExporter().export(report, findings, o);
                return report.format() + "，" + report.cells().size() + " 个单元格"
                        + (findings == null ? "" : "，" + findings.size() + " 条校验结果");
            }, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        Path output = target.checked("xlsx", file.path(), statisticsOption.statistics);
        Report report = statisticsOption.read(root, file);
        List<Finding> findings = noFindings ? null : root.validator().validate(report).findings();
        root.xlsxExporter().export(report, findings, output);
        spec.commandLine().getOut().println("已写入 / written: " + output + "（" + report.format() + "，"
                + report.cells().size() + " 个单元格" + (findings == null ? "" : "，" + findings.size() + " 条校验结果")
                + "）");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
