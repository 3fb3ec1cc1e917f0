package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportConverter;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 平潭县人民政府's 2012 report (a real page and the .docx an office makes of it): its Fujian-style 统计表
 * (指标名称 / 计量单位 / 2012年度 / 历年累计) is read with the bundled Fujian form, its figures under the national
 * legacy ids where the meaning is the same, with no 漏项 of the national (Shandong) form.
 */
class FujianLegacyReportTest {

    private static final DisclosureReports DR = DisclosureReports.defaults();
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Report read(String file) throws Exception {
        return DR.reader().read(CORPUS.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county2012.html", "pingtan-county2012.docx"})
    void readsTheExpectedFiguresUnderTheFujianForm(String file) throws Exception {
        Report r = read(file);
        JsonNode expected = new ObjectMapper().readTree(CORPUS.resolve("pingtan-county2012.expected.json").toFile());
        assertThat(r.format()).isEqualTo(ReportFormat.LEGACY_2008);
        assertThat(r.source().form().name()).isEqualTo("fujian-legacy-2008");
        assertThat(r.metadata().organization()).isEqualTo(expected.get("organization").asText());
        assertThat(r.metadata().year()).isEqualTo(expected.get("year").asInt());
        assertThat(r.metadata().date()).isEqualTo(LocalDate.parse(expected.get("date").asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(r.cell(e.getKey()).map(Cell::value)).as(e.getKey()).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo(e.getValue().decimalValue()));
        }
        // rows of the Fujian form without a national indicator keep ids of their own; 历年累计 is a second value
        assertThat(r.cell("L:3.1.email").map(Cell::value)).hasValueSatisfying(v -> assertThat(v).isEqualTo("3"));
        assertThat(r.cell("L:appeal").map(Cell::value)).hasValueSatisfying(v -> assertThat(v).isEqualTo("0"));
        assertThat(r.cell("L:1.1:cumulative").map(Cell::value)).hasValueSatisfying(v -> assertThat(v).isEqualTo("3542"));
        assertThat(r.cell("L:1.2.2:cumulative").map(Cell::value)).hasValueSatisfying(v -> assertThat(v).isEqualTo("3304"));
        // the national form's rows the Fujian form does not print are not read as anything
        assertThat(r.cell("L:3.1.3")).isEmpty();
        assertThat(r.cell("L:6")).isEmpty();
        assertThat(r.notes()).extracting(ReadNote::code).containsExactly(ReadNote.Code.FORM_RECOGNISED);
        assertThat(r.genericTables()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county2012.html", "pingtan-county2012.docx"})
    void validatesWithoutFalseOmissionsAndNamesTheFormOnce(String file) throws Exception {
        List<Finding> findings = DR.validator().validate(read(file)).findings();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings).filteredOn(f -> f.rule().equals("S3")).isEmpty();
        assertThat(findings).filteredOn(f -> f.message().contains("fujian-legacy-2008")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county2012.html"})
    void theSumChecksOfTheFujianFormApply(String file) throws Exception {
        Report r = read(file);
        Report wrong = r.withCells(replace(r, "L:3.1", "22"));
        assertThat(DR.validator().validate(wrong).ofRule("A-PART")).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("L:3.1", "L:3.1.email", "L:3.1.online"));
        Report wrongCumulative = r.withCells(replace(r, "L:3.3:cumulative", "20"));
        assertThat(DR.validator().validate(wrongCumulative).ofRule("A-PART")).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains("L:3.3:cumulative", "L:3.3.4:cumulative"));
    }

    private static Map<String, Cell> replace(Report r, String id, String raw) {
        Map<String, Cell> cells = new java.util.LinkedHashMap<>(r.cells());
        cells.put(id, CellValues.parse(id, raw, cells.get(id).location()));
        return cells;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county2012.docx"})
    void savedAsJsonItReadsBackWithTheSameFormAndCells(String file) throws Exception {
        Report r = read(file);
        String json = DR.toJson(r);
        Report back = DR.reader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
        assertThat(back.source().form().name()).isEqualTo("fujian-legacy-2008");
        assertThat(back.cells().keySet()).containsExactlyElementsOf(r.cells().keySet());
        r.cells().forEach((id, c) -> assertThat(back.cells().get(id).value()).as(id).isEqualTo(c.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pingtan-county2012.docx"})
    void convertsTo2021ThroughTheNationalIds(String file) throws Exception {
        ReportConverter.Conversion c = DR.converter().toCurrent(read(file));
        assertThat(c.report().cell("T3:R1:total").map(Cell::value))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21"));
        assertThat(c.report().cell("T3:R3.2:total").map(Cell::value))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(c.report().cell("T4:review:total").map(Cell::value))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        // the 3 rows the national form lacks are kept and named one by one; the 历年累计 of the 14 others once
        assertThat(c.notes()).filteredOn(f -> f.message().contains("附加的行")).extracting(Finding::message)
                .hasSize(3).anySatisfy(m -> assertThat(m).contains("电子邮件申请数", "L:3.1.email=3"))
                .anySatisfy(m -> assertThat(m).contains("行政申诉数"));
        assertThat(c.notes()).filteredOn(f -> f.message().contains("历年累计")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("14 项"));
        assertThat(c.report().genericTables()).last().satisfies(g -> assertThat(g.rows()).hasSize(17));
    }
}
