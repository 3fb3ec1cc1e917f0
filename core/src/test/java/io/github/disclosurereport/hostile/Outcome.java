package io.github.disclosurereport.hostile;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;

/** What reading some bytes came to, with the wall time and the bytes the reading thread allocated. */
record Outcome(Report report, ReportReadException refusal, long millis, long allocatedBytes) {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Outcome read(byte[] content, String name) {
        return read(DisclosureReports.defaults().reader(), content, name);
    }

    static Outcome read(ReportReader reader, byte[] content, String name) {
        long thread = Thread.currentThread().getId();
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        Report report = null;
        ReportReadException refusal = null;
        try {
            report = reader.read(new ByteArrayInputStream(content), name);
        } catch (ReportReadException e) {
            refusal = e;
        }
        return new Outcome(report, refusal, (System.nanoTime() - start) / 1_000_000,
                THREADS.getThreadAllocatedBytes(thread) - allocated);
    }
}
