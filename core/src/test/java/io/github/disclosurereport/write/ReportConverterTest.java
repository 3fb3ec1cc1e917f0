package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportConverterTest {

    private static Report report(ReportFormat format, Map<String, String> values, List<Section> sections) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (var def : Forms.national(format).cells()) {
            String v = values.get(def.id());
            cells.put(def.id(), v == null ? new Cell(def.id(), null, "", CellState.EMPTY, SourceLocation.DOCUMENT)
                    : v.matches("-?\\d+(\\.\\d+)?") ? Cell.number(def.id(), new BigDecimal(v), SourceLocation.DOCUMENT)
                    : new Cell(def.id(), null, v, CellState.TEXT, SourceLocation.DOCUMENT));
        }
        return new Report(format, new Metadata("残联2017年度政府信息公开工作年度报告", "威海市环翠区残疾人联合会", "区政府",
                2017, null, ""), List.of(), sections, cells, List.of(), null, List.of(), null);
    }

    @Test
    void legacyCellsMapExactlyOrApproximatelyAndNothingIsGuessed() {
        Report legacy = report(ReportFormat.LEGACY_2008, Map.of("L:3.1", "12", "L:3.3.2", "5", "L:3.3.1", "2",
                "L:4", "3", "L:4.1", "2", "L:4.3", "1", "L:5", "4"), List.of());
        var conv = DisclosureReports.defaults().converter().toCurrent(legacy);
        Report r = conv.report();
        assertThat(r.format()).isEqualTo(ReportFormat.CURRENT_2021);
        assertThat(r.cells()).hasSize(200);
        assertThat(r.cells().get("T3:R1:total").value()).isEqualByComparingTo("12");
        assertThat(r.cells().get("T3:R1:natural").state()).isEqualTo(CellState.EMPTY);
        assertThat(r.cells().get("T3:R3.1:total").value()).isEqualByComparingTo("7");
        assertThat(r.cells().get("T4:review:total").value()).isEqualByComparingTo("3");
        assertThat(r.cells().get("T4:review:pending").state()).isEqualTo(CellState.EMPTY);
        // litigation cannot be split: blank, and the C1 note cites the legacy total
        assertThat(r.cells().get("T4:direct:total").state()).isEqualTo(CellState.EMPTY);
        assertThat(conv.notes()).anySatisfy(n -> {
            assertThat(n.rule()).isEqualTo("C1");
            assertThat(n.severity()).isEqualTo(Severity.WARNING);
            assertThat(n.cells()).contains("T4:direct:total");
            assertThat(n.message()).contains("L:5=4");
        });
        assertThat(conv.notes()).anySatisfy(n -> {
            assertThat(n.rule()).isEqualTo("C2");
            assertThat(n.severity()).isEqualTo(Severity.INFO);
            assertThat(n.cells()).containsExactly("T3:R3.1:total");
            assertThat(n.message()).contains("L:3.3.1=2").contains("L:3.3.2=5");
        });
        // the applicant columns have no legacy source at all
        assertThat(conv.notes()).anySatisfy(n -> assertThat(n.cells()).contains("T3:R1:natural"));
        assertThat(r.metadata().title()).isEqualTo("威海市环翠区残疾人联合会2017年政府信息公开工作年度报告");
    }

    @Test
    void aCitedSourceWithoutANumberIsNamedWithWhatItHolds() {
        var blank = DisclosureReports.defaults().converter().toCurrent(report(ReportFormat.LEGACY_2008, Map.of(), List.of()));
        assertThat(blank.notes()).anySatisfy(n -> {
            assertThat(n.cells()).contains("T4:direct:total");
            assertThat(n.message()).contains("L:5=空白");
        });
        var text = DisclosureReports.defaults().converter().toCurrent(report(ReportFormat.LEGACY_2008, Map.of("L:5", "无"),
                List.of()));
        assertThat(text.notes()).anySatisfy(n -> {
            assertThat(n.cells()).contains("T4:direct:total");
            assertThat(n.message()).contains("L:5=“无”");
        });
    }

    @Test
    void aNoteStandsWhereItsFirstSourceCellWasPrinted() {
        Report plain = report(ReportFormat.LEGACY_2008, Map.of("L:3.3.1", "2", "L:3.3.2", "5", "L:5", "4"), List.of());
        SourceLocation approximated = SourceLocation.tableCell(1, 12, 3);
        SourceLocation litigation = SourceLocation.tableCell(1, 30, 3);
        Map<String, Cell> cells = new LinkedHashMap<>(plain.cells());
        cells.put("L:3.3.1", Cell.number("L:3.3.1", new BigDecimal("2"), approximated));
        cells.put("L:5", Cell.number("L:5", new BigDecimal("4"), litigation));
        var conv = DisclosureReports.defaults().converter().toCurrent(new Report(plain.format(), plain.metadata(), List.of(),
                List.of(), cells, List.of(), null, List.of(), null));
        assertThat(conv.notes()).filteredOn(n -> n.cells().contains("T3:R3.1:total")).singleElement()
                .extracting(Finding::location).isEqualTo(approximated);
        assertThat(conv.notes()).filteredOn(n -> n.cells().contains("T4:direct:total")).singleElement()
                .extracting(Finding::location).isEqualTo(litigation);
        assertThat(conv.notes()).filteredOn(n -> n.cells().contains("T3:R1:natural")).singleElement()
                .extracting(Finding::location).isEqualTo(SourceLocation.DOCUMENT);
    }

    @Test
    void aNonNumericSourceLeavesTheTargetBlankWithAWarning() {
        Report legacy = report(ReportFormat.LEGACY_2008, Map.of("L:3.1", "约10"), List.of());
        var conv = DisclosureReports.defaults().converter().toCurrent(legacy);
        assertThat(conv.report().cells().get("T3:R1:total").state()).isEqualTo(CellState.EMPTY);
        assertThat(conv.notes()).anySatisfy(n -> assertThat(n.message()).contains("约10"));
    }

    @Test
    void trialRowsMapOneToOneExceptTheOtherHandlingRow() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("T3:R3.6:natural", "3");
        v.put("T3:R3.6:total", "3");
        v.put("T3:R1:total", "9");
        v.put("T2:licensing:decisions", "93");
        v.put("T2:normative:new_made", "2");
        v.put("T4:direct:total", "1");
        var conv = DisclosureReports.defaults().converter().toCurrent(report(ReportFormat.TRIAL_2019, v, List.of()));
        Report r = conv.report();
        assertThat(r.cells().get("T3:R1:total").value()).isEqualByComparingTo("9");
        assertThat(r.cells().get("T2:licensing:decisions").value()).isEqualByComparingTo("93");
        assertThat(r.cells().get("T2:normative:issued").value()).isEqualByComparingTo("2");
        assertThat(r.cells().get("T4:direct:total").value()).isEqualByComparingTo("1");
        assertThat(r.cells().get("T3:R3.6.1:total").state()).isEqualTo(CellState.EMPTY);
        assertThat(conv.notes()).anySatisfy(n -> {
            assertThat(n.cells()).contains("T3:R3.6.1:total");
            assertThat(n.message()).contains("T3:R3.6:total=3").contains("拆分");
        });
        assertThat(conv.notes()).noneMatch(n -> n.cells().contains("T3:R1:total"));
    }

    @Test
    void legacyTextGoesToTheMatchingSectionUnderItsOldHeading() {
        List<Section> sections = List.of(
                new Section("一", "概述", List.of(new Paragraph("概述正文", null)), null),
                new Section("", "因政府信息公开申请提起行政复议、行政诉讼的情况", List.of(new Paragraph("无", null)), null),
                new Section("十一", "政府信息公开工作存在的主要问题及改进情况", List.of(new Paragraph("问题正文", null)), null));
        Report r = DisclosureReports.defaults().converter().toCurrent(report(ReportFormat.LEGACY_2008, Map.of(), sections)).report();
        assertThat(r.sections()).extracting(Section::number).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(r.sections().get(0).heading()).isEqualTo("总体情况");
        assertThat(r.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("（一）概述", "概述正文");
        assertThat(r.sections().get(3).paragraphs()).extracting(Paragraph::text).contains("无");
        assertThat(r.sections().get(4).paragraphs()).extracting(Paragraph::text).contains("问题正文");
    }
}
