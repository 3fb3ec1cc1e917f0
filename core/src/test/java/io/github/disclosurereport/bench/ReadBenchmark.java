package io.github.disclosurereport.bench;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.Validator;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.mapping.ReportAssembler;
import io.github.disclosurereport.read.source.DocxSourceReader;
import io.github.disclosurereport.read.source.PackageParts;
import io.github.disclosurereport.validate.ValidationResult;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How long reading one report takes, beside two anchors measured on the same file in the same run: a bare Apache
 * POI XWPF open-and-walk (what reading through POI's object model costs at least) and a zip-inflate + StAX scan of
 * word/document.xml (what reading the bytes costs at least). Absolute times move with the machine's load; the ratio
 * of {@code read} to {@code poiOpenAndWalk} in one run is what docs/benchmarks.md records. The anchors are for .docx
 * only; another kind is measured with {@code -p file=jinhu2023.doc read}. Run with
 * {@code mvn -B -Pbench -DskipTests verify} (JMH options via {@code -Dbench.args="…"}), or JMH directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {

    @Param({"jinhu2023.docx", "seed-2017-huancui-cdpf.docx", "wuhan-eeb2020.docx"})
    public String file;

    private Path path;
    private ReportReader reader;
    private Validator validator;
    private XMLInputFactory stax;
    private DocxSourceReader xwpf;

    @org.openjdk.jmh.annotations.Setup
    public void setup() {
        path = Path.of("src/test/resources/corpus", file);
        reader = DisclosureReports.defaults().reader();
        validator = DisclosureReports.defaults().validator();
        xwpf = new DocxSourceReader(ReadLimits.DEFAULT);
        stax = XMLInputFactory.newFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Ours: detection, safety check, parsing, text structure, format detection, table mapping. */
    @Benchmark
    public Report read() throws Exception {
        return reader.read(path);
    }

    /**
     * Ours as it read a .docx before the streaming reader: the same intake steps, the body through POI's XWPF
     * ({@link DocxSourceReader}, still the reader of documents opened for editing), the same mapping.
     */
    @Benchmark
    public Report readThroughXwpf() throws Exception {
        String name = path.getFileName().toString();
        byte[] content = FileSniffer.load(path, ReadLimits.DEFAULT);
        PackageParts parts = FileSniffer.detect(content, name, ReadLimits.DEFAULT).parts().orElseThrow();
        return ReportAssembler.assemble(xwpf.read(parts, name), FormSet.standard());
    }

    /** Ours, then the validator over the report (what `validate FILE` does per file). */
    @Benchmark
    public ValidationResult readAndValidate() throws Exception {
        return validator.validate(reader.read(path));
    }

    /** Anchor: POI opens the file and every body paragraph's and table cell's text is asked for, nothing more. */
    @Benchmark
    public int poiOpenAndWalk() throws Exception {
        int chars = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(path)))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    chars += p.getText().length();
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            chars += cell.getText().length();
                        }
                    }
                }
            }
        }
        return chars;
    }

    /** Anchor: every zip entry inflated, word/document.xml scanned with StAX counting elements and text. */
    @Benchmark
    public long zipInflateAndStaxScan() throws Exception {
        long count = 0;
        byte[] document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(path)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                zip.transferTo(out);
                if (e.getName().equals("word/document.xml")) {
                    document = out.toByteArray();
                }
            }
        }
        XMLStreamReader xml = stax.createXMLStreamReader(new ByteArrayInputStream(document));
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                count++;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                count += xml.getTextLength();
            }
        }
        xml.close();
        return count;
    }

    /**
     * Every benchmark of this class on each file, interleaved call by call in one JVM for {@code args[0]} seconds
     * (default 120), printing each one's median and its ratio to the POI anchor: on a machine shared with other
     * builds the load changes from one JMH benchmark to the next, but it hits interleaved calls alike, so these
     * ratios hold where JMH's absolute times do not. Run from core/ with the test class path.
     */
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        String[] files = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"jinhu2023.docx", "seed-2017-huancui-cdpf.docx", "wuhan-eeb2020.docx"};
        Map<String, Map<String, List<Long>>> times = new LinkedHashMap<>();
        List<ReadBenchmark> benches = new ArrayList<>();
        for (String f : files) {
            ReadBenchmark b = new ReadBenchmark();
            b.file = f;
            b.setup();
            benches.add(b);
        }
        long warmUntil = System.nanoTime() + Math.max(10, seconds / 4) * 1_000_000_000L;
        long end = warmUntil + seconds * 1_000_000_000L;
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        while (System.nanoTime() < end) {
            boolean measuring = System.nanoTime() > warmUntil;
            for (ReadBenchmark b : benches) {
                Collections.shuffle(order);
                for (int op : order) {
                    String name = NAMES[op];
                    Callable<?> call = switch (op) {
                        case 0 -> b::read;
                        case 1 -> b::readThroughXwpf;
                        case 2 -> b::readAndValidate;
                        case 3 -> b::poiOpenAndWalk;
                        case 4 -> b::zipInflateAndStaxScan;
                        default -> b::validateOnly;
                    };
                    long t0 = System.nanoTime();
                    call.call();
                    long t = System.nanoTime() - t0;
                    if (measuring) {
                        times.computeIfAbsent(b.file, k -> new LinkedHashMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(t);
                    }
                }
            }
        }
        for (var file : times.entrySet()) {
            double poi = median(file.getValue().get("poiOpenAndWalk"));
            System.out.println(file.getKey());
            for (String name : NAMES) {
                List<Long> ts = file.getValue().get(name);
                double m = median(ts);
                System.out.printf(Locale.ROOT, "  %-22s n=%5d  median %8.2f ms  = %5.2f x poiOpenAndWalk%n", name, ts.size(),
                        m / 1e6, m / poi);
            }
        }
    }

    private static final String[] NAMES = {"read", "readThroughXwpf", "readAndValidate", "poiOpenAndWalk",
        "zipInflateAndStaxScan", "validateOnly"};

    private Report validated;

    /** The validator alone, on a report read once: what validate costs beside read (issue 17: at most a tenth). */
    @Benchmark
    public ValidationResult validateOnly() throws Exception {
        if (validated == null) {
            validated = reader.read(path);
        }
        return validator.validate(validated);
    }

    private static double median(List<Long> ts) {
        List<Long> sorted = new ArrayList<>(ts);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
