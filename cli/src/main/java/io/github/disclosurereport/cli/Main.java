package io.github.disclosurereport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code java -jar disclosure-report-cli.jar COMMAND ...}. Exit codes: 0 ok, 1 findings with errors, 2 bad input. */
@Command(name = "disclosure-report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "读取、校验、转换政府信息公开工作年度报告 / Read, validate and convert government information "
                + "disclosure annual reports (.docx, .doc, .xlsx, .xls).",
        subcommands = {ParseCommand.class, ValidateCommand.class, ConvertCommand.class, CorrectCommand.class,
                FillCommand.class, ExportCommand.class, AggregateCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** The version the jar was built as (its manifest), so --version never disagrees with the release. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"disclosure-report " + (v == null ? "(development build)" : v)};
        }
    }

    /** Exit code for input that could not be read (and for usage errors). */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "print stack traces for errors (for bug reports)")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令 / missing command: parse, validate, convert, correct, fill, export, aggregate or serve");
    }

    /**
     * Runs the command line and ends the JVM with its exit code.
     *
     * @param args the command and its arguments, e.g. {@code validate 报告.docx --json}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit code instead of ending the JVM, so that tests (and a program that
     * embeds the tool) can call it.
     *
     * @param args the command and its arguments
     * @return 0 on success, 1 when {@code validate} found an error, {@value #EXIT_BAD_INPUT} when an input could not
     *         be read, an output could not be written or the command line was wrong
     */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(ReportArgument.class, ReportArgument::valueOf); // a file, or a published report's address
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("错误 / error: " + ex.getMessage());
            cl.getErr().println("用法见 / see: disclosure-report --help");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = parsed.matchedOption("--debug") != null
                    || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--debug") != null);
            if (debug) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().println(Failures.oneLine(ex));
            return EXIT_BAD_INPUT;
        });
        return cl.execute(args);
    }
}
