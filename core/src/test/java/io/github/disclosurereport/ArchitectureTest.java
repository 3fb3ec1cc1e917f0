package io.github.disclosurereport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the library, asserted so that it is visible in review: which packages the module exports, every
 * public type a user can reach (the API's size), and that no two packages depend on each other in a cycle.
 */
class ArchitectureTest {

    private static final Path CLASSES = Path.of("target/classes");

    /** Every public type of the exported packages. A change here is a change of the API: say so in CHANGELOG.md. */
    private static final Set<String> API = new TreeSet<>(List.of(
            "io.github.disclosurereport.BatchResult",
            "io.github.disclosurereport.BatchResult$Entry",
            "io.github.disclosurereport.BatchResult$Unreadable",
            "io.github.disclosurereport.BatchValidator",
            "io.github.disclosurereport.Correction",
            "io.github.disclosurereport.CurrentFormatDocxWriter",
            "io.github.disclosurereport.DisclosureReports",
            "io.github.disclosurereport.ReportAggregator",
            "io.github.disclosurereport.ReportAggregator$Aggregation",
            "io.github.disclosurereport.ReportConverter",
            "io.github.disclosurereport.ReportConverter$Conversion",
            "io.github.disclosurereport.ReportCorrector",
            "io.github.disclosurereport.ReportReader",
            "io.github.disclosurereport.TemplateFiller",
            "io.github.disclosurereport.TemplateFiller$Result",
            "io.github.disclosurereport.Validator",
            "io.github.disclosurereport.XlsxExporter",
            "io.github.disclosurereport.form.CellDefinition",
            "io.github.disclosurereport.form.Check",
            "io.github.disclosurereport.form.FormColumn",
            "io.github.disclosurereport.form.FormDefinition",
            "io.github.disclosurereport.form.FormDefinitionException",
            "io.github.disclosurereport.form.FormGroup",
            "io.github.disclosurereport.form.FormRow",
            "io.github.disclosurereport.form.FormSet",
            "io.github.disclosurereport.form.FormTable",
            "io.github.disclosurereport.form.Forms",
            "io.github.disclosurereport.form.ReportFormat",
            "io.github.disclosurereport.form.SumRelation",
            "io.github.disclosurereport.form.SumRelation$Kind",
            "io.github.disclosurereport.form.TableCaption",
            "io.github.disclosurereport.form.ValueKind",
            "io.github.disclosurereport.model.Cell",
            "io.github.disclosurereport.model.CellState",
            "io.github.disclosurereport.model.GenericTable",
            "io.github.disclosurereport.model.GenericTable$Row",
            "io.github.disclosurereport.model.Metadata",
            "io.github.disclosurereport.model.Paragraph",
            "io.github.disclosurereport.model.ReadNote",
            "io.github.disclosurereport.model.ReadNote$Code",
            "io.github.disclosurereport.model.Report",
            "io.github.disclosurereport.model.Report$SourceInfo",
            "io.github.disclosurereport.model.Section",
            "io.github.disclosurereport.model.SignOff",
            "io.github.disclosurereport.model.SourceLocation",
            "io.github.disclosurereport.model.SourceLocation$Kind",
            "io.github.disclosurereport.read.ReadLimits",
            "io.github.disclosurereport.read.ReportReadException",
            "io.github.disclosurereport.read.ReportReadException$Reason",
            "io.github.disclosurereport.validate.Finding",
            "io.github.disclosurereport.validate.Rule",
            "io.github.disclosurereport.validate.Severity",
            "io.github.disclosurereport.validate.ValidationContext",
            "io.github.disclosurereport.validate.ValidationResult"));

    private static ModuleDescriptor module() {
        return ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    }

    @Test
    void theModuleExportsOnlyTheApiPackages() {
        ModuleDescriptor m = module();
        assertThat(m.name()).isEqualTo("io.github.disclosurereport");
        assertThat(m.exports()).allMatch(e -> !e.isQualified());
        assertThat(m.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                "io.github.disclosurereport", "io.github.disclosurereport.model", "io.github.disclosurereport.form",
                "io.github.disclosurereport.read", "io.github.disclosurereport.validate");
        assertThat(m.packages()).contains("io.github.disclosurereport.read.mapping",
                "io.github.disclosurereport.validate.rules", "io.github.disclosurereport.write");
    }

    @Test
    void theExportedPublicTypesAreExactlyTheListedApi() throws Exception {
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : module().exports()) {
            Path dir = CLASSES.resolve(e.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = e.source() + "." + f.getFileName().toString().replace(".class", "");
                    if (name.endsWith("module-info") || name.endsWith("package-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    if (isReachable(c)) {
                        exported.add(name);
                    }
                }
            }
        }
        assertThat(exported).containsExactlyElementsOf(API);
        long topLevel = exported.stream().filter(n -> !n.contains("$")).count();
        System.out.println("API: " + topLevel + " public top-level types, " + exported.size() + " with nested ones");
    }

    /** Public, and so are all the types it is nested in. */
    private static boolean isReachable(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isSynthetic();
    }

    /**
     * Configuration reaches everything from the root: no class inside the library falls back to the defaults on
     * its own (the form set, a national form or the default limits), except the root that defines them.
     */
    @Test
    void nothingInsideTheLibraryReachesForTheDefaults() throws IOException {
        Pattern defaults = Pattern.compile(
                "FormSet\\.standard\\(\\)|Forms\\.(current2021|trial2019|legacyStatistics)\\(\\)|ReadLimits\\.DEFAULT\\b");
        Set<String> allowed = Set.of("DisclosureReports.java", "FormSet.java", "Forms.java", "ReadLimits.java");
        List<String> reaching = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (allowed.contains(f.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip().replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""); // not in messages
                    if (!code.startsWith("*") && !code.startsWith("//") && defaults.matcher(code).find()) {
                        reaching.add(f.getFileName() + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        assertThat(reaching).isEmpty();
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() throws IOException {
        Map<String, Set<String>> edges = packageEdges();
        assertThat(edges).containsKey("io.github.disclosurereport.read.mapping");
        List<List<String>> cycles = new ArrayList<>();
        for (String start : edges.keySet()) {
            findCycle(start, edges).ifPresent(cycles::add);
        }
        assertThat(cycles).as("package cycles (jdeps)").isEmpty();
    }

    /** Package → packages of this library it uses, from jdeps on the compiled classes. */
    private static Map<String, Set<String>> packageEdges() throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        // the module's own dependencies (POI, Jackson), so that jdeps can resolve its requires
        String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
        String dependencies = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(p -> !p.endsWith("classes")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--multi-release", "17", "--module-path", dependencies,
                "-verbose:package", "-filter:none", "-e", "io\\.github\\.disclosurereport.*", CLASSES.toString());
        assertThat(code).as(out.toString()).isZero();
        Map<String, Set<String>> edges = new TreeMap<>();
        Pattern edge = Pattern.compile("^\\s+(io\\.github\\.disclosurereport[\\w.]*)\\s+->\\s+(io\\.github\\.disclosurereport[\\w.]*)");
        for (String line : out.toString().lines().toList()) {
            Matcher m = edge.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                edges.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            }
        }
        return edges;
    }

    /** A path from {@code start} back to itself, if there is one. */
    private static java.util.Optional<List<String>> findCycle(String start, Map<String, Set<String>> edges) {
        Deque<List<String>> todo = new ArrayDeque<>();
        todo.push(List.of(start));
        Map<String, Boolean> seen = new HashMap<>();
        while (!todo.isEmpty()) {
            List<String> path = todo.pop();
            for (String next : edges.getOrDefault(path.get(path.size() - 1), Set.of())) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle.add(start);
                    return java.util.Optional.of(cycle);
                }
                if (seen.putIfAbsent(next, true) == null) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    todo.push(longer);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
