package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parse FILE [--json]}: what the reader made of a report. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "读取报告并显示其内容 / read a report and show what was read")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "报告文件或网址 / report file (.docx, .doc, .pdf, .html, .mht, "
            + ".xlsx, .xls, JSON) or the http(s) address of a published report")
    ReportArgument file;

    @Option(names = "--json", description = "输出 JSON / print one JSON object")
    boolean json;

    @picocli.CommandLine.Mixin
    FormOptions formOptions = new FormOptions();

    @picocli.CommandLine.Mixin
    StatisticsOption statisticsOption = new StatisticsOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DisclosureReports root = formOptions.root();
        Report r = statisticsOption.read(root, file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(root.toJson(r));
        } else {
            summary(r, out);
        }
        out.flush();
        return 0;
    }

    static void summary(Report r, PrintWriter out) {
        var m = r.metadata();
        out.println("文件 / file:        " + r.source().fileName() + " (" + r.source().fileType() + ")");
        String form = r.source().formName();
        boolean national = form.isEmpty() || form.equals(Forms.national(r.format()).name());
        out.println("格式 / format:      " + r.format() + (national ? "" : "（按本省表格格式 / read with form: " + form + "）"));
        out.println("标题 / title:       " + m.title());
        out.println("单位 / organization: " + m.organization());
        out.println("年度 / year:        " + (m.year() == null ? "（未识别）" : m.year()));
        out.println("日期 / date:        " + (m.date() == null ? "（未识别）" : m.date()));
        if (m.published() != null) {
            out.println("发布 / published:   " + m.published());
        }
        if (!m.addressee().isEmpty()) {
            out.println("主送 / addressee:   " + m.addressee());
        }
        out.println("章节 / sections (" + r.sections().size() + "):");
        for (Section s : r.sections()) {
            out.println("  " + s.printedHeading() + "  [" + s.paragraphs().size() + " 段]");
        }
        long filled = r.cells().values().stream().filter(c -> c.value() != null).count();
        out.println("表格单元格 / cells: " + r.cells().size() + "，其中有数值 " + filled + " 个");
        for (Cell c : r.cells().values()) {
            if (!c.isBlank()) {
                out.println("  " + c.id() + " = " + (c.value() != null ? c.value().toPlainString() : "“" + c.raw() + "”")
                        + "  (" + c.location().describe() + ")");
            }
        }
        for (GenericTable t : r.genericTables()) {
            out.println("未识别的表格 / unrecognised table: " + t.caption() + " — " + t.rows().size() + " 行, 列: "
                    + String.join(" | ", t.columns()));
        }
        for (ReadNote n : r.notes()) {
            out.println("注意 / note [" + n.code() + "]: " + n.message());
        }
    }
}
