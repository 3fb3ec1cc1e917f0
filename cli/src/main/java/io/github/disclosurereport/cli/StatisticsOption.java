package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --statistics FILE}: the report's statistics table saved as a file of its own, read with the report. */
final class StatisticsOption {

    @Option(names = "--statistics", paramLabel = "FILE",
            description = "单独保存的统计表（附件），正文取自报告、表格取自此文件 / the report's statistics table saved "
                    + "as a file of its own: the text from the report, the tables from this file")
    Path statistics;

    /** The report (a file or a web address), joined with its statistics file when one was given. */
    Report read(DisclosureReports root, ReportArgument report) throws ReportReadException {
        Report read = report.read(root.reader());
        return statistics == null ? read : root.reader().join(read, root.reader().read(statistics));
    }
}
