package io.github.disclosurereport;

import io.github.disclosurereport.batch.BatchFiles;
import io.github.disclosurereport.batch.BatchPlan;
import io.github.disclosurereport.batch.Scanned;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;

/**
 * Validates every report under folders — a county's thirty to eighty departments, a province's pages — on all
 * cores, keeping only each report's findings. Get it from {@link DisclosureReports#batchValidator()}; immutable and
 * thread-safe.
 *
 * <p>One file that cannot be read never stops the batch: it is listed with the reason. A report whose statistics
 * table was saved as a file of its own is read together with it ({@link ReportReader#read(Path, Path)}), matched by
 * organization and year, by file name, or as the only two of their folder. A report whose organization's report of
 * the year before is in the batch is compared with it (A5, A6, D3), as with {@link Validator#withPrevious}.
 *
 * <pre>{@code
 * BatchResult result = dr.batchValidator().validate(List.of(Path.of("2023年报")));
 * result.entries().forEach(e -> System.out.println(e.file() + " " + e.errors()));
 * result.writeSummary(Path.of("汇总.xlsx"));
 * }</pre>
 */
public final class BatchValidator {

    private final ReportReader reader;
    private final Validator validator;
    private final int threads;

    BatchValidator(ReportReader reader, Validator validator, int threads) {
        this.reader = reader;
        this.validator = validator;
        this.threads = threads;
    }

    /**
     * A copy that reads and validates with this many threads at once (the default: one per core). Memory grows with
     * it: each thread holds one or two reports while it works.
     *
     * @param count at least 1
     * @return the new batch validator (this one is unchanged)
     */
    public BatchValidator withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + count);
        }
        return new BatchValidator(reader, validator, count);
    }

    /**
     * A copy that checks each report with this validator, e.g. {@code dr.validator().without("S8")}.
     *
     * @param rules the validator to run on each report
     * @return the new batch validator (this one is unchanged)
     */
    public BatchValidator withValidator(Validator rules) {
        return new BatchValidator(reader, Objects.requireNonNull(rules, "rules"), threads);
    }

    /**
     * The files a batch of these inputs reads: each file given, and every file under each folder (recursively, in
     * name order) but hidden files and office lock files ({@code ~$…}). What is no report among them is listed as
     * unreadable, not left out.
     *
     * @param inputs files and folders
     * @return the files, each once
     * @throws IOException when an input does not exist or a folder cannot be listed
     */
    public List<Path> files(List<Path> inputs) throws IOException {
        return BatchFiles.under(inputs, Set.of());
    }

    /**
     * Validates every report under the inputs.
     *
     * @param inputs files and folders
     * @return each report's findings and the files that could not be read
     * @throws IOException when an input does not exist or a folder cannot be listed (files that cannot be read as
     *                     reports are listed in the result instead)
     */
    public BatchResult validate(List<Path> inputs) throws IOException {
        return validate(inputs, Set.of(), (done, total) -> { });
    }

    /**
     * Validates every report under the inputs, telling the progress as it goes.
     *
     * @param inputs   files and folders
     * @param skip     files not to read (e.g. a summary workbook written into one of the folders)
     * @param progress told (done, total) on the calling thread after each file; the total grows once by the
     *                 reports that are read again with their attachment or last year's report
     * @return each report's findings and the files that could not be read
     * @throws IOException when an input does not exist or a folder cannot be listed
     */
    public BatchResult validate(List<Path> inputs, Set<Path> skip, BiConsumer<Integer, Integer> progress)
            throws IOException {
        List<Path> files = BatchFiles.under(inputs, skip);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            // 1. read and check each file on its own; keep its facts and findings, not the report
            List<Callable<Outcome>> first = new ArrayList<>();
            for (Path f : files) {
                first.add(() -> single(f));
            }
            int total = files.size();
            progress.accept(0, total);
            List<Outcome> read = run(pool, first, 0, total, progress);
            List<Scanned> scans = new ArrayList<>();
            Map<Path, Outcome> byFile = new HashMap<>();
            List<BatchResult.Unreadable> unreadable = new ArrayList<>();
            for (Outcome o : read) {
                if (o.unreadable() != null) {
                    unreadable.add(o.unreadable());
                } else {
                    scans.add(o.scanned());
                    byFile.put(o.scanned().file(), o);
                }
            }
            // 2. join attachments and last years; read those reports again, together
            List<BatchPlan.Unit> units = BatchPlan.plan(scans);
            List<Callable<Outcome>> second = new ArrayList<>();
            for (BatchPlan.Unit u : units) {
                if (u.joined()) {
                    second.add(() -> joined(u));
                }
            }
            List<Outcome> again = run(pool, second, total, total + second.size(), progress);
            Map<Path, Outcome> joinedByFile = new HashMap<>();
            for (Outcome o : again) {
                joinedByFile.put(o.file(), o);
            }
            List<BatchResult.Entry> entries = new ArrayList<>();
            for (BatchPlan.Unit u : units) {
                Path file = u.report().file();
                Outcome o = joinedByFile.getOrDefault(file, byFile.get(file));
                if (o.unreadable() != null) {
                    unreadable.add(o.unreadable());
                    continue;
                }
                entries.add(new BatchResult.Entry(file, u.attachment() == null ? null : u.attachment().file(),
                        u.pairedBy(), o.comparedWith(), u.organization(), u.year(), u.format(), o.findings()));
            }
            return new BatchResult(entries, unreadable);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one task made of a file: its facts and findings, or why it could not be read. */
    private record Outcome(Path file, Scanned scanned, List<Finding> findings, Path comparedWith,
                           BatchResult.Unreadable unreadable) {
    }

    private Outcome single(Path file) {
        try {
            Report r = reader.read(file);
            return new Outcome(file, Scanned.of(file, r), validator.validate(r).findings(), null, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(file, null, List.of(), null, unreadable(file, e));
        }
    }

    private Outcome joined(BatchPlan.Unit u) {
        Path file = u.report().file();
        try {
            Report r = read(u);
            Report previous = null;
            Path comparedWith = null;
            if (u.previous() != null) {
                try {
                    previous = read(u.previous());
                    comparedWith = u.previous().report().file();
                } catch (ReportReadException e) {
                    previous = null; // read before, unreadable now (changed on disk): checked without it
                }
            }
            return new Outcome(file, null, validator.validate(r, previous).findings(), comparedWith, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(file, null, List.of(), null, unreadable(file, e));
        }
    }

    private Report read(BatchPlan.Unit u) throws ReportReadException {
        return u.attachment() == null ? reader.read(u.report().file())
                : reader.read(u.report().file(), u.attachment().file());
    }

    private static BatchResult.Unreadable unreadable(Path file, Throwable e) {
        String message = BatchResult.Unreadable.why(e);
        String name = ReportReader.fileName(file) + ": ";
        return new BatchResult.Unreadable(file, e instanceof ReportReadException r ? r.reason() : null,
                message.startsWith(name) ? message.substring(name.length()) : message);
    }

    /** Runs the tasks on the pool, telling progress on this thread as each ends; the outcomes in task order. */
    private static List<Outcome> run(ExecutorService pool, List<Callable<Outcome>> tasks, int doneBefore, int total,
                                     BiConsumer<Integer, Integer> progress) throws IOException {
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        Map<java.util.concurrent.Future<Outcome>, Integer> index = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            index.put(done.submit(tasks.get(i)), i);
        }
        Outcome[] out = new Outcome[tasks.size()];
        try {
            for (int n = 0; n < tasks.size(); n++) {
                java.util.concurrent.Future<Outcome> f = done.take();
                out[index.get(f)] = f.get();
                progress.accept(doneBefore + n + 1, total);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("batch interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // the tasks catch everything themselves
        }
        return List.of(out);
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "disclosure-report-batch");
            t.setDaemon(true);
            return t;
        };
    }
}
