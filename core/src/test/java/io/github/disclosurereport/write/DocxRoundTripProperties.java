package io.github.disclosurereport.write;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportConverter;
import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated reports of every format, converted to the 2021 format and written as .docx, read back with exactly the
 * values the conversion produced — and a 2021 report reads back unchanged.
 */
class DocxRoundTripProperties {

    @Property(tries = 25)
    void convertedReportsReadBackUnchanged(@ForAll("reports") Report report) throws Exception {
        ReportConverter.Conversion conv = DisclosureReports.defaults().converter().toCurrent(report);
        Path dir = Files.createTempDirectory("docx-prop");
        try {
            Path out = dir.resolve("r.docx");
            DisclosureReports.defaults().docxWriter().write(conv.report(), out);
            Report back = DisclosureReports.read(out);
            assertThat(back.format()).isEqualTo(ReportFormat.CURRENT_2021);
            assertThat(RoundTripTest.values(back.cells())).isEqualTo(RoundTripTest.values(conv.report().cells()));
            if (report.format() == ReportFormat.CURRENT_2021) {
                assertThat(RoundTripTest.values(back.cells())).isEqualTo(RoundTripTest.values(report.cells()));
            }
            assertThat(back.metadata().organization()).isEqualTo(report.metadata().organization());
            assertThat(back.metadata().year()).isEqualTo(report.metadata().year());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<Report> reports() {
        Arbitrary<ReportFormat> format = Arbitraries.of(ReportFormat.class);
        return format.flatMap(f -> {
            List<CellDefinition> defs = Forms.national(f).cells();
            return cell().list().ofSize(defs.size()).map(sample -> build(f, defs, sample));
        });
    }

    /** One generated cell content: which kind of content (blank, not applicable, number …) and a number. */
    private static Arbitrary<Tuple.Tuple2<Integer, Integer>> cell() {
        return Arbitraries.integers().between(0, 9).flatMap(kind ->
                Arbitraries.integers().between(0, 99_999).map(n -> Tuple.of(kind, n)));
    }

    private static Report build(ReportFormat f, List<CellDefinition> defs, List<Tuple.Tuple2<Integer, Integer>> sample) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            CellDefinition d = defs.get(i);
            int kind = sample.get(i).get1();
            int n = sample.get(i).get2();
            Cell c;
            if (kind == 0) {
                c = new Cell(d.id(), null, "", CellState.EMPTY, SourceLocation.DOCUMENT);
            } else if (kind == 1) {
                c = new Cell(d.id(), null, "—", CellState.NOT_APPLICABLE, SourceLocation.DOCUMENT);
            } else if (kind == 2 && d.kind() == ValueKind.SIGNED) {
                c = Cell.number(d.id(), BigDecimal.valueOf(-n), SourceLocation.DOCUMENT);
            } else if (kind == 3 && d.kind() == ValueKind.MONEY) {
                c = Cell.number(d.id(), BigDecimal.valueOf(n, 2), SourceLocation.DOCUMENT);
            } else {
                c = Cell.number(d.id(), BigDecimal.valueOf(n), SourceLocation.DOCUMENT);
            }
            cells.put(d.id(), c);
        }
        List<Section> sections = new ArrayList<>();
        if (f != ReportFormat.LEGACY_2008) {
            String[] headings = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                    "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
            String[] numbers = {"一", "二", "三", "四", "五", "六"};
            for (int i = 0; i < 6; i++) {
                sections.add(new Section(numbers[i], headings[i], List.of(new Paragraph("第" + numbers[i] + "部分正文。", null)),
                        null));
            }
        } else {
            sections.add(new Section("一", "概述", List.of(new Paragraph("概述正文。", null)), null));
        }
        int year = f == ReportFormat.LEGACY_2008 ? 2017 : f == ReportFormat.TRIAL_2019 ? 2020 : 2023;
        return new Report(f, new Metadata("", "某县人民政府", "", year, null, ""), List.of(), sections, cells, List.of(),
                null, List.of(), null);
    }
}
