package io.github.disclosurereport.bench;

import io.github.disclosurereport.BatchResult;
import io.github.disclosurereport.DisclosureReports;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports per second of {@code BatchValidator} in one JVM, pass after pass over the same folder: the first pass is
 * what a fresh command pays (compiling included), the later ones what a running program (the web page) gets. Not JMH:
 * a pass over thousands of files is the unit, and its CPU time beside the wall time is the point.
 *
 * <p>{@code java -cp core/target/test-classes:core/target/classes:<test class path>
 * io.github.disclosurereport.bench.BatchThroughput FOLDER [THREADS] [PASSES]} — a folder such as the one
 * docs/bench/batch-validate.sh builds.
 */
public final class BatchThroughput {

    private BatchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DisclosureReports dr = DisclosureReports.defaults();
        for (int pass = 1; pass <= passes; pass++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            BatchResult r = dr.batchValidator().withThreads(threads).validate(List.of(folder));
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            int n = r.entries().size();
            System.out.printf("pass %d, %d threads: %d reports in %.1f s wall, %.1f s CPU -> %.0f reports/s,"
                    + " %.2f ms CPU per report%n", pass, threads, n, seconds, cpuSeconds, n / seconds,
                    cpuSeconds * 1000 / n);
        }
    }
}
