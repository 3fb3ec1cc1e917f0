package io.github.disclosurereport.cli;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.read.exported.ReportJson;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code correct FILE.docx|.xlsx|.xls -o OUT}: the same document with only certain corrections, each listed. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "更正可以确定的错误（数字写法、空白合计），其余保持原样 / write a copy with only certain corrections")
final class CorrectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "报告 .docx 文件或统计表 .xlsx/.xls 文件 / report .docx or statistics workbook .xlsx/.xls")
    Path file;

    @picocli.CommandLine.Mixin
    OutputOptions target = new OutputOptions();

    @Option(names = "--json", description = "以 JSON 列出更改 / list the changes as JSON")
    boolean json;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path output = target.checked(OutputOptions.sameKindAs(file), file);
        List<Correction> changes = formOptions.root().corrector().correct(file, output);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var root = JsonNodeFactory.instance.objectNode();
            root.put("output", changes.isEmpty() ? null : output.toString());
            var arr = root.putArray("changes");
            for (Correction c : changes) {
                var o = arr.addObject();
                o.put("cell", c.cellId());
                o.put("before", c.before());
                o.put("after", c.after());
                o.put("reason", c.reason());
                o.set("location", ReportJson.location(c.location()));
            }
            out.println(ReportJson.write(root));
        } else if (changes.isEmpty()) {
            out.println("无需更正，未写入文件 / nothing to correct, no file written");
        } else {
            out.println("已写入 / written: " + output + "（更改 " + changes.size() + " 处 / " + changes.size() + " changes）");
            for (Correction c : changes) {
                out.println("  " + c.cellId() + "  " + c.location().describe() + "：“" + c.before() + "” → “"
                        + c.after() + "”  " + c.reason());
            }
        }
        out.flush();
        return 0;
    }
}
