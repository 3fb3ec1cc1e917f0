package io.github.disclosurereport.write;

import io.github.disclosurereport.Correction;
import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCorrectorTest {

    /** A 2021 report with every T3/T4 cell 0 except the given ones (raw text as given; "" = blank). */
    static Report current(Map<String, String> raw) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (var def : Forms.current2021().cells()) {
            String text = raw.getOrDefault(def.id(), "0");
            cells.put(def.id(), text.isEmpty() ? new Cell(def.id(), null, "", CellState.EMPTY, SourceLocation.DOCUMENT)
                    : new Cell(def.id(), new BigDecimal(text.replace("１", "1").replace(",", "")), text,
                    CellState.NUMBER, SourceLocation.DOCUMENT));
        }
        return new Report(ReportFormat.CURRENT_2021, new Metadata("t", "o", "", 2023, null, ""), List.of(),
                List.of(), cells, List.of(), null, List.of(), null);
    }

    @Test
    void aBlankTotalWhosePartsAreFilledIsFilledWithTheirSum() {
        Report r = current(Map.of("T4:direct:upheld", "2", "T4:direct:other", "1", "T4:direct:total", ""));
        List<Correction> cs = DisclosureReports.defaults().corrector().corrections(r);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.cellId()).isEqualTo("T4:direct:total");
            assertThat(c.before()).isEmpty();
            assertThat(c.after()).isEqualTo("3");
        });
    }

    @Test
    void totalsThatDependOnFilledTotalsAreFilledToo() {
        // R3.1 natural 5 with its total blank and R3.7 total blank: R3.1 total first, then R3.7 total
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("T3:R3.1:natural", "5");
        raw.put("T3:R3.1:total", "");
        raw.put("T3:R3.7:natural", "5");
        raw.put("T3:R3.7:total", "");
        List<Correction> cs = DisclosureReports.defaults().corrector().corrections(current(raw));
        assertThat(cs).extracting(Correction::cellId, Correction::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T3:R3.1:total", "5"),
                        org.assertj.core.groups.Tuple.tuple("T3:R3.7:total", "5"));
    }

    @Test
    void aBlankTotalWithABlankPartIsLeftAlone() {
        Report r = current(Map.of("T4:direct:upheld", "", "T4:direct:other", "1", "T4:direct:total", ""));
        assertThat(DisclosureReports.defaults().corrector().corrections(r)).isEmpty();
    }

    @Test
    void wrongSumsAreNotCorrectedBecauseWhichSideIsWrongIsUnknown() {
        Report r = current(Map.of("T4:direct:upheld", "2", "T4:direct:other", "1", "T4:direct:total", "0"));
        assertThat(DisclosureReports.defaults().corrector().corrections(r)).isEmpty();
    }

    @Test
    void numbersPrintedInANonStandardWayAreNormalised() {
        Report r = current(Map.of("T3:R1:natural", "１", "T3:R1:total", "1", "T3:R3.1:natural", "1",
                "T3:R3.1:total", "1", "T3:R3.7:natural", "1", "T3:R3.7:total", "1"));
        assertThat(DisclosureReports.defaults().corrector().corrections(r)).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("1"));
    }
}
