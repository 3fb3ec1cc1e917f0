package io.github.disclosurereport.bench;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * How long reading one report takes, per file type (Word, Excel, PDF), on the corpus documents; the .docx anchors
 * against POI are in {@link ReadBenchmark}. Run with
 * {@code mvn -B -Pbench -DskipTests verify}; the baseline is recorded in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FileTypeReadBenchmark {

    @Param({"jinhu2023.docx", "jinhu2023.doc", "seed-2017-huancui-cdpf.docx", "seed-2017-statistics.xlsx",
            "seed-2017-statistics.xls", "jinhu2023.pdf", "../pdf/jinhu2023-wps-style.pdf"})
    public String file;

    private Path path;

    @org.openjdk.jmh.annotations.Setup
    public void setup() {
        path = Path.of("src/test/resources/corpus", file);
    }

    @Benchmark
    public Report read() throws Exception {
        return DisclosureReports.defaults().reader().read(path);
    }
}
