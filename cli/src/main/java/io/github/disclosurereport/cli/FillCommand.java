package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.TemplateFiller;
import io.github.disclosurereport.model.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code fill TEMPLATE.docx|.xlsx|.xls --from REPORT -o OUT}: the output is of the template's type. */
@Command(name = "fill", mixinStandardHelpOptions = true,
        description = "用报告内容填写 .docx 模板（如官方空白模板）或 Excel 统计表模板（.xlsx/.xls） / fill a .docx, .xlsx or"
                + " .xls template from a report")
final class FillCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEMPLATE", description = "模板 .docx、.xlsx 或 .xls 文件 / template .docx, .xlsx or .xls")
    Path template;

    @Option(names = "--from", required = true, paramLabel = "REPORT",
            description = "报告文件或本工具输出的 JSON / a report file or this tool's JSON")
    ReportArgument from;

    @picocli.CommandLine.Mixin
    OutputOptions target = new OutputOptions();

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path output = target.checked(OutputOptions.sameKindAs(template), template, from.path());
        DisclosureReports root = formOptions.root();
        Report report = from.read(root.reader());
        TemplateFiller.Result r = root.templateFiller().fill(template, report, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("已写入 / written: " + output);
        out.println("  填写单元格 / cells filled: " + r.filledCells().size());
        out.println("  替换章节正文 / sections filled: " + r.sections().size());
        out.println("  替换占位符 / placeholders replaced: " + r.placeholders());
        if (!r.unplacedCells().isEmpty()) {
            out.println("  模板中没有位置的单元格 / cells with no place in the template: "
                    + String.join(", ", r.unplacedCells()));
        }
        if (!r.unfilledPlaces().isEmpty()) {
            out.println("  模板中未填写的位置 / places of the template left as they were:");
            r.unfilledPlaces().forEach(p -> out.println("    " + p));
        }
        if (!r.conversionNotes().isEmpty()) {
            out.println("  报告按 2021 年格式转换后填写 / converted to the 2021 format first:");
            r.conversionNotes().forEach(n -> out.println("    [" + n.rule() + " " + n.severity() + "] " + n.message()));
        }
        if (!r.unknownPlaceholders().isEmpty()) {
            out.println("  无法替换的占位符 / unknown placeholders: " + String.join(", ", r.unknownPlaceholders()));
        }
        out.flush();
        return 0;
    }
}
