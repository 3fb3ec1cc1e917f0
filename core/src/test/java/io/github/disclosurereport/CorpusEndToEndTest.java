package io.github.disclosurereport;

import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Read → validate on the real corpus documents, through the public facade, against their expected.json. */
class CorpusEndToEndTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static JsonNode expected(String name) throws Exception {
        return new ObjectMapper().readTree(CORPUS.resolve(name + ".expected.json").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023.docx", "jinhu2023.doc", "seed-2017-huancui-cdpf.docx",
            "seed-2017-huancui-cdpf.doc"})
    void theErrorsAreExactlyTheOnesTheExpectedFileLists(String file) throws Exception {
        JsonNode exp = expected(file.substring(0, file.lastIndexOf('.')));
        Set<String> want = new HashSet<>();
        exp.path("errors").forEach(e -> want.add(e.path("rule").asText() + " " + e.path("cell").asText()));
        List<Finding> errors = DisclosureReports.validate(DisclosureReports.read(CORPUS.resolve(file))).findings()
                .stream().filter(f -> f.severity() == Severity.ERROR).toList();
        // each error names its main cell first, then the cells it was computed from
        Set<String> got = errors.stream().map(f -> f.rule() + " " + (f.cells().isEmpty() ? "" : f.cells().get(0)))
                .collect(Collectors.toSet());
        assertThat(got).as("ERROR findings of " + file).isEqualTo(want);
    }

    @Test
    void wuhanReportsItsImageTablesAsMissingAndNothingElseAsAnError() throws Exception {
        List<Finding> errors = DisclosureReports.validate(DisclosureReports.read(CORPUS.resolve("wuhan-eeb2020.docx")))
                .findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).extracting(Finding::rule).containsExactly("S4", "S4");
        assertThat(errors).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("收到和处理政府信息公开申请情况"))
                .anySatisfy(m -> assertThat(m).contains("行政复议、行政诉讼"));
    }

    @Test
    void jinhuArithmeticErrorNamesTheCellItsPlaceAndTheNumbers() throws Exception {
        Finding a4 = DisclosureReports.validate(DisclosureReports.read(CORPUS.resolve("jinhu2023.docx"))).findings()
                .stream().filter(f -> f.rule().equals("A4")).findFirst().orElseThrow();
        assertThat(a4.cells()).contains("T4:direct:total");
        assertThat(a4.expected()).isEqualByComparingTo("3");
        assertThat(a4.actual()).isEqualByComparingTo("0");
        assertThat(a4.location().describe()).isEqualTo("第3个表格第4行第10列");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023", "seed-2017-huancui-cdpf"})
    void theDocTwinReadsToTheSameModel(String name) throws Exception {
        Report docx = DisclosureReports.read(CORPUS.resolve(name + ".docx"));
        Report doc = DisclosureReports.read(CORPUS.resolve(name + ".doc"));
        assertThat(doc.format()).isEqualTo(docx.format());
        assertThat(doc.metadata()).isEqualTo(docx.metadata());
        assertThat(sections(doc)).isEqualTo(sections(docx));
        assertThat(values(doc)).isEqualTo(values(docx));
        assertThat(doc.signOff()).isEqualTo(docx.signOff());
        assertThat(doc.notes()).isEqualTo(docx.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-2017-statistics.xlsx", "seed-2017-statistics.xls"})
    void theStatisticsSheetReadsToTheSameCellsAsTheReportsAttachment(String file) throws Exception {
        Report sheet = DisclosureReports.read(CORPUS.resolve(file));
        Report report = DisclosureReports.read(CORPUS.resolve("seed-2017-huancui-cdpf.docx"));
        assertThat(sheet.format()).isEqualTo(report.format());
        assertThat(values(sheet)).isEqualTo(values(report));
        assertThat(sheet.cells().get("L:1.2.2").location().a1Reference()).isNotEmpty();
    }

    /** Cells without their locations (which differ between file types): id → state and value. */
    static Map<String, String> values(Report r) {
        return r.cells().values().stream().collect(Collectors.toMap(Cell::id,
                c -> c.state() + (c.state() == CellState.NUMBER ? " " + c.value().stripTrailingZeros().toPlainString()
                        : " " + c.raw().strip()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static List<String> sections(Report r) {
        return r.sections().stream().map(s -> s.printedHeading() + " | "
                + s.paragraphs().stream().map(Paragraph::text).map(String::strip).collect(Collectors.joining(" / ")))
                .toList();
    }

    @SuppressWarnings("unused")
    private static List<String> headings(Report r) {
        return r.sections().stream().map(Section::printedHeading).toList();
    }
}
