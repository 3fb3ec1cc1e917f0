package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative rules on the real wording of the corpus documents (body paragraphs taken with POI, cells from
 * expected.json), so that the text patterns are tried on prose nobody wrote for the tests. Until the readers are
 * merged this stands in for the end-to-end corpus test.
 */
class RealTextTest {

    private static List<Paragraph> paragraphs(String name) throws Exception {
        List<Paragraph> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/corpus", name + ".docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            int n = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                n++;
                if (!p.getText().isBlank()) {
                    out.add(new Paragraph(p.getText(), SourceLocation.paragraph(n)));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jinhu2023", "seed-2017-huancui-cdpf", "wuhan-eeb2020"})
    void realWordingGivesNoNarrativeErrorAndTheExpectedErrorsAreFound(String name) throws Exception {
        Report cells = TestReports.fromExpected(name);
        List<Paragraph> text = paragraphs(name);
        Report r = new Report(cells.format(), new Metadata(text.get(0).text(), cells.metadata().organization(), "",
                cells.metadata().year(), null, ""), text, List.of(), cells.cells(), List.of(), cells.signOff(),
                List.of(), Report.SourceInfo.NONE);
        ValidationResult result = DisclosureReports.defaults().validator().validate(r);
        assertThat(result.findings()).filteredOn(f -> f.rule().startsWith("N") || f.rule().matches("S[5-7]"))
                .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        var expected = TestReports.expected(name).get("errors");
        if (expected != null) {
            expected.forEach(e -> assertThat(result.findings()).anyMatch(f -> f.rule().equals(e.get("rule").asText())
                    && f.cells().contains(e.get("cell").asText()) && f.severity() == Severity.ERROR));
        }
    }

    @Test
    void jinhusSentenceAboutTheWholeCountyIsReadButOnlyWarns() throws Exception {
        Report cells = TestReports.fromExpected("jinhu2023");
        List<Paragraph> text = paragraphs("jinhu2023");
        Report r = new Report(cells.format(), cells.metadata(), text, List.of(),
                TestReports.with(cells, "T3:R3.7:total", 140).cells(), List.of(), cells.signOff(), List.of(),
                Report.SourceInfo.NONE);
        Paragraph sentence = text.stream().filter(p -> p.text().contains("办结143件")).findFirst().orElseThrow();
        assertThat(DisclosureReports.defaults().validator().validate(r).ofRule("N1")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cells()).containsExactly("T3:R3.7:total");
            assertThat(f.expected()).isEqualByComparingTo("140");
            assertThat(f.actual()).isEqualByComparingTo("143");
            assertThat(f.location()).isEqualTo(sentence.location());
        });
    }
}
