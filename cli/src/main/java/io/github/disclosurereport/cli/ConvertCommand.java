package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportConverter;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.exported.ReportJson;
import io.github.disclosurereport.validate.Finding;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code convert FILE -o OUT.docx} (or {@code convert DIR -o OUTDIR}): any report written as a 2021-format report. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "把任何格式的报告转换为 2021 年格式 / write a report in the 2021 format")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "报告文件或本工具输出的 JSON；或文件夹（-o 为输出文件夹） / report "
            + "file or this tool's JSON; or a folder (then -o is the output folder)")
    ReportArgument file;

    @picocli.CommandLine.Mixin
    OutputOptions target = new OutputOptions();

    @Option(names = "--json", description = "以 JSON 列出无法对应的数据 / list conversion notes as JSON")
    boolean json;

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
            PrintWriter out = spec.commandLine().getOut();
            return FolderRun.run(root, file.path(), target.output, target.force, ".docx", (in, o) -> {
                Report source = root.reader().read(in);
                ReportConverter.Conversion conversion = root.converter().toCurrent(source);
                root.docxWriter().write(conversion.report(), o);
                long c1 = conversion.notes().stream().filter(n -> n.rule().equals("C1")).count();
                long c2 = conversion.notes().stream().filter(n -> n.rule().equals("C2")).count();
                return source.format() + " → CURRENT_2021，C1 " + c1 + " 处，C2 " + c2 + " 处";
            }, out, spec.commandLine().getErr());
        }
        Path output = target.checked("docx", file.path(), statisticsOption.statistics);
        Report source = statisticsOption.read(root, file);
        ReportConverter.Conversion conversion = root.converter().toCurrent(source);
        root.docxWriter().write(conversion.report(), output);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var doc = JsonNodeFactory.instance.objectNode();
            doc.put("output", output.toString());
            doc.put("from", source.format().name());
            var arr = doc.putArray("findings");
            // the older cells a note draws on are named in its message (see ReportConverter.Conversion)
            for (Finding n : conversion.notes()) {
                var o = arr.addObject();
                o.put("rule", n.rule());
                o.put("severity", n.severity().name());
                o.put("message", n.message());
                var cells = o.putArray("cells");
                n.cells().forEach(cells::add);
            }
            out.println(ReportJson.write(doc));
        } else {
            out.println("已写入 / written: " + output + "（由 " + source.format() + " 转换为 CURRENT_2021）");
            for (Finding n : conversion.notes()) {
                out.println("  [" + n.rule() + " " + n.severity() + "] " + n.message());
            }
        }
        out.flush();
        return 0;
    }
}
