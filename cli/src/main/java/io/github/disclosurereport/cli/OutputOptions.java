package io.github.disclosurereport.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -o OUT [--force]}: where a writing command puts its output, and the tool's policy on it — an existing
 * file is replaced only with --force, and an input never (the library writes atomically and only replaces).
 */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "输出文件 / output file")
    Path output;

    @Option(names = "--force", description = "覆盖已存在的输出文件 / replace an existing output file")
    boolean force;

    /**
     * The output, once it is clear it may be written: named for what is written into it ({@code extension}, so
     * that an .xlsx never lands under a .pdf name), not one of the inputs, in a folder that exists, and not an
     * existing file unless --force was given.
     *
     * @param extension what the command writes, without the dot: "docx", "xlsx"
     */
    Path checked(String extension, Path... inputs) throws IOException {
        return checked(output, force, extension, inputs);
    }

    /**
     * Any output a command writes — a second one beside -o too (aggregate's --docx) — checked as {@code -o} is, so
     * that a command writing several files can refuse before it writes the first.
     *
     * @param output    where the file would go
     * @param force     whether an existing file may be replaced
     * @param extension what is written into it, without the dot
     * @param inputs    the files it is made from: it may never be one of them
     */
    static Path checked(Path output, boolean force, String extension, Path... inputs) throws IOException {
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.exists(output) && Files.isSameFile(in, output)) {
                throw new OutputExistsException(output + ": 输出文件不能与输入文件相同 / the output would overwrite the input");
            }
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            throw new OutputExistsException(output + ": 输出文件名应以 ." + extension + " 结尾（写入的是 ."
                    + extension + " 文件） / the output must be named *." + extension);
        }
        if (Files.exists(output) && !force) {
            throw new OutputExistsException(output + ": 文件已存在，如需覆盖请加 --force / exists (use --force to replace)");
        }
        Path folder = output.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new OutputExistsException(output + ": 输出目录不存在 / the output's folder does not exist");
        }
        return output;
    }

    /**
     * What a fill or correction writes: the same kind of file as the input (a .docx from a .docx template, a
     * workbook of the same type from a workbook: .xlsx or .xls), a .docx when the input's name says nothing. The
     * commands and the web page ({@code serve}) name their outputs by it alike.
     *
     * @param inputName the input's file name, e.g. 统计表.XLS
     * @return the output's extension without the dot: docx, xlsx or xls
     */
    public static String sameKindAs(String inputName) {
        String name = inputName.toLowerCase(java.util.Locale.ROOT);
        for (String kind : java.util.List.of("docx", "xlsx", "xls")) {
            if (name.endsWith("." + kind)) {
                return kind;
            }
        }
        return "docx";
    }

    static String sameKindAs(Path input) {
        return sameKindAs(input.getFileName() == null ? "" : input.getFileName().toString());
    }

    /** An output the tool will not write: it exists (without --force), is an input, or is misnamed. */
    static final class OutputExistsException extends IOException {
        OutputExistsException(String message) {
            super(message);
        }
    }
}
