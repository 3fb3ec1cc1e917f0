package io.github.disclosurereport.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The progress of a batch as a bar on stderr (the progressbar library) when stderr is a terminal, and nothing at all
 * otherwise: a log file or a pipe gets the results, not redrawn bars.
 */
final class BatchProgress implements BiConsumer<Integer, Integer>, AutoCloseable {

    private final String task;
    private ProgressBar bar;

    private BatchProgress(String task) {
        this.task = task;
    }

    /** A progress bar for the task, or one that shows nothing when stderr is not a terminal. */
    static BatchProgress onTerminal(String task) {
        return new BatchProgress(stderrIsTerminal() ? task : null);
    }

    @Override
    public void accept(Integer done, Integer total) {
        if (task == null) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUpdateIntervalMillis(200).build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Whether stderr is a terminal. Java 17 can only tell this of the console as a whole ({@code System.console()},
     * stdin and stdout), so on Linux it asks where file descriptor 2 points.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux: fall back to the console
        }
        return System.console() != null;
    }
}
