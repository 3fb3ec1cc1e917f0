package io.github.disclosurereport.read.mapping;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed report (威海市环翠区残联 2017, legacy format) read end to end and compared with its expected values. */
class LegacyReportReadTest {

    private static final Path SEED = Path.of("src/test/resources/corpus/seed-2017-huancui-cdpf.docx");
    private static Report report;
    private static JsonNode expected;

    @BeforeAll
    static void read() throws Exception {
        report = DisclosureReports.defaults().reader().read(SEED);
        expected = new ObjectMapper().readTree(
                Path.of("src/test/resources/corpus/seed-2017-huancui-cdpf.expected.json").toFile());
    }

    @Test
    void metadataMatchesTheExpectedFile() {
        assertThat(report.format().name()).isEqualTo(expected.get("format").asText());
        assertThat(report.format()).isEqualTo(ReportFormat.LEGACY_2008);
        assertThat(report.metadata().organization()).isEqualTo(expected.get("organization").asText());
        assertThat(report.metadata().year()).isEqualTo(expected.get("year").asInt());
        assertThat(report.metadata().date()).isEqualTo(LocalDate.parse(expected.get("date").asText()));
        assertThat(report.metadata().title()).isEqualTo(expected.get("title").asText());
        assertThat(report.metadata().addressee()).isEqualTo("区政府");
        assertThat(report.metadata().dateText()).isEqualTo("2018年3月18日");
    }

    @Test
    void everyCellHasTheExpectedValueInFormOrder() {
        JsonNode cells = expected.get("cells");
        List<String> expectedIds = new ArrayList<>();
        cells.fieldNames().forEachRemaining(expectedIds::add);
        assertThat(new ArrayList<>(report.cells().keySet())).containsExactlyElementsOf(expectedIds);
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Cell c = report.cells().get(e.getKey());
            if (e.getValue().isNull()) {
                assertThat(c.value()).as(e.getKey()).isNull();
                assertThat(c.state()).as(e.getKey()).isEqualTo(CellState.EMPTY);
            } else {
                assertThat(c.value()).as(e.getKey()).isEqualByComparingTo(e.getValue().decimalValue());
                assertThat(c.state()).as(e.getKey()).isEqualTo(CellState.NUMBER);
            }
        }
        assertThat(report.notes()).isEmpty();
        assertThat(report.genericTables()).isEmpty();
    }

    @Test
    void cellsKeepRawTextAndPrintedLocation() {
        Cell web = report.cell("L:1.2.2").orElseThrow();
        assertThat(web.raw()).isEqualTo("103");
        assertThat(web.value()).isEqualByComparingTo(new BigDecimal("103"));
        assertThat(web.location()).isEqualTo(SourceLocation.tableCell(1, 8, 3));
        assertThat(web.location().describe()).isEqualTo("第1个表格第8行第3列");
        // 十一、查阅点接待人数 repeats the labels of 十; the second （一）市政府及其部门 lands under 11
        assertThat(report.cell("L:10.1").orElseThrow().location().row()).isEqualTo(70);
        assertThat(report.cell("L:11.1").orElseThrow().location().row()).isEqualTo(74);
        assertThat(report.cell("L:14.1").orElseThrow().raw()).isEqualTo("1");
    }

    @Test
    void sectionsAsPrintedWithUnnumberedHeadingsAndNoSubItems() {
        List<Section> s = report.sections();
        assertThat(s).extracting(Section::number)
                .containsExactly("一", "二", "三", "四", "", "", "", "", "", "十", "十一");
        assertThat(s).extracting(Section::heading).containsExactly(
                "概述",
                "组织领导和制度建设情况",
                "发布解读回应、社会关切及互动交流情况",
                "重点领域政府信息公开工作推进情况",
                "主动公开政府信息及平台建设情况",
                "政府信息公开申请办理及收费情况",
                "人大代表建议、政协委员提案办理结果公开情况",
                "因政府信息公开申请提起行政复议、行政诉讼的情况",
                "政府信息公开保密审查情况",
                "所属事业单位信息公开工作推进措施和落实情况",
                "政府信息公开工作存在的主要问题及改进情况");
        // sub-items 一、二、三 of section 四 are its body
        assertThat(s.get(3).paragraphs()).hasSize(3);
        assertThat(s.get(3).paragraphs().get(0).text()).startsWith("一、深化重点领域信息公开");
        assertThat(s.get(3).location()).isEqualTo(SourceLocation.paragraph(11));
        assertThat(s.get(2).text()).isEqualTo("无");
        // the attachment line and the signature are not body of the last section
        Section last = s.get(10);
        assertThat(last.paragraphs()).hasSize(1);
        assertThat(last.text()).startsWith("通过实践操作").doesNotContain("附件").doesNotContain("联合会");
        assertThat(report.preamble()).hasSize(1);
        assertThat(report.preamble().get(0).text()).startsWith("根据《中华人民共和国政府信息公开条例》");
        assertThat(report.preamble().get(0).location()).isEqualTo(SourceLocation.paragraph(3));
    }

    @Test
    void statisticsHeaderAndFooter() {
        assertThat(report.signOff().unitName()).isEqualTo("威海市环翠区残疾人联合会");
        assertThat(report.signOff().unitHead()).isEmpty();
        assertThat(report.signOff().phone()).isEmpty();
        assertThat(report.signOff().fillDate()).isEmpty();
    }
}
