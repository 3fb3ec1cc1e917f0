package io.github.disclosurereport.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code -o OUT [--force]}: where a writing command puts its output, and whether it may replace a file. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "输出文件 / output file")
    Path output;

    @Option(names = "--force", description = "覆盖已存在的输出文件 / replace an existing output file")
    boolean force;
}
