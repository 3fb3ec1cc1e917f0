package io.github.disclosurereport.validate.rules;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.Check;
import io.github.disclosurereport.form.FormColumn;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormRow;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.form.ValueKind;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.mapping.CellValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

/**
 * Reports built from the forms for tests: every cell filled and consistent (totals computed from random or given
 * parts), narrative that states the table's figures, a signature in time. Tests then break one thing.
 */
public final class TestReports {

    public static final String T3_RECEIVED = "T3:R1:total";

    private TestReports() {
    }

    /** A consistent 2021 report of a city department, parts from a fixed pattern. */
    public static Report current() {
        return consistent(ReportFormat.CURRENT_2021, 2023, (row, col) -> (row * 3 + col) % 4);
    }

    public static Report trial() {
        return consistent(ReportFormat.TRIAL_2019, 2020, (row, col) -> (row + 2 * col) % 3);
    }

    /**
     * A consistent report: every part cell gets {@code parts.applyAsInt(rowIndex, columnIndex)} (non-negative),
     * every total is computed, R2 = R4 = 2 in each part column, R1 then follows from the 勾稽关系.
     */
    public static Report consistent(ReportFormat format, int year, ToIntBiFunction<Integer, Integer> parts) {
        FormDefinition form = Forms.national(format);
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        FormTable t2 = form.table("T2").orElseThrow();
        int i = 0;
        for (CellDefinition d : t2.cells()) {
            boolean rules = d.row().label().equals("规章");
            BigDecimal x = rules ? BigDecimal.ZERO : BigDecimal.valueOf(parts.applyAsInt(i, 7) + 1);
            if (d.kind() == ValueKind.MONEY) {
                x = x.add(new BigDecimal("0.25"));
            }
            if (d.kind() == ValueKind.SIGNED) {
                x = x.negate();
            }
            v.put(d.id(), x);
            i++;
        }
        FormTable t3 = form.table("T3").orElseThrow();
        List<FormColumn> partCols = t3.columns().stream().filter(c -> !c.code().equals("total")).toList();
        List<FormRow> rows = t3.rows();
        FormRow r1 = rows.get(0);
        FormRow r2 = rows.get(1);
        FormRow r37 = rows.stream().filter(r -> r.parent().equals("R3") && r.check() != Check.PART).findFirst()
                .orElseThrow();
        FormRow r4 = rows.get(rows.size() - 1);
        for (int c = 0; c < partCols.size(); c++) {
            FormColumn col = partCols.get(c);
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).check() == Check.PART) {
                    BigDecimal x = BigDecimal.valueOf(Math.max(0, parts.applyAsInt(r, c)));
                    v.put(id(t3, rows.get(r), col), x);
                    sum = sum.add(x);
                }
            }
            v.put(id(t3, r37, col), sum);
            v.put(id(t3, r2, col), BigDecimal.valueOf(2));
            v.put(id(t3, r4, col), BigDecimal.valueOf(2));
            v.put(id(t3, r1, col), sum);
        }
        rowTotals(t3, v);
        FormTable t4 = form.table("T4").orElseThrow();
        for (int r = 0; r < t4.rows().size(); r++) {
            for (int c = 0; c < t4.columns().size() - 1; c++) {
                v.put(id(t4, t4.rows().get(r), t4.columns().get(c)),
                        BigDecimal.valueOf(Math.max(0, parts.applyAsInt(r + 30, c))));
            }
        }
        rowTotals(t4, v);
        return report(format, year, "武汉市生态环境局", cells(form, v), narrative(v, year));
    }

    private static void rowTotals(FormTable t, Map<String, BigDecimal> v) {
        for (FormRow r : t.rows()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (FormColumn c : t.columns()) {
                if (!c.code().equals("total")) {
                    sum = sum.add(v.get(id(t, r, c)));
                }
            }
            v.put(t.code() + ":" + r.code() + ":total", sum);
        }
    }

    public static String id(FormTable t, FormRow r, FormColumn c) {
        return t.code() + ":" + r.code() + ":" + c.code();
    }

    /** Cells in form order with printed locations: table n = position of the form table, row/column as printed. */
    public static Map<String, Cell> cells(FormDefinition form, Map<String, BigDecimal> values) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        int tableNo = 0;
        for (FormTable t : form.tables()) {
            tableNo++;
            for (CellDefinition d : t.cells()) {
                if (!values.containsKey(d.id())) {
                    continue;
                }
                int row = t.rows().indexOf(d.row()) + 4;
                int col = d.column() == null ? 3 : t.columns().indexOf(d.column()) + 2;
                SourceLocation loc = SourceLocation.tableCell(tableNo, row, col);
                BigDecimal x = values.get(d.id());
                cells.put(d.id(), x == null ? new Cell(d.id(), null, "", CellState.EMPTY, loc)
                        : Cell.number(d.id(), x, loc));
            }
        }
        return cells;
    }

    private static List<String[]> narrative(Map<String, BigDecimal> v, int year) {
        List<String[]> sections = new ArrayList<>();
        sections.add(new String[]{"一", "总体情况", "本年度共收到政府信息公开申请" + v.get(T3_RECEIVED).toPlainString()
                + "件，办结" + v.get("T3:R3.7:total").toPlainString() + "件，结转下年度继续办理"
                + v.get("T3:R4:total").toPlainString() + "件。"});
        sections.add(new String[]{"二", "主动公开政府信息情况", "详见下表。"});
        sections.add(new String[]{"三", "收到和处理政府信息公开申请情况", "详见下表。"});
        sections.add(new String[]{"四", "政府信息公开行政复议、行政诉讼情况", "详见下表。"});
        sections.add(new String[]{"五", "存在的主要问题及改进情况", "信息发布的及时性有待提高，将加强培训。"});
        sections.add(new String[]{"六", "其他需要报告的事项", "本年度未收取信息处理费。"});
        return sections;
    }

    /** A report with a preamble stating the period, the given sections (number, heading, text) and a signature. */
    public static Report report(ReportFormat format, int year, String org, Map<String, Cell> cells, List<String[]> secs) {
        int p = 1;
        List<Paragraph> preamble = List.of(new Paragraph("本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为" + year
                + "年1月1日至" + year + "年12月31日。", SourceLocation.paragraph(p++)));
        List<Section> sections = new ArrayList<>();
        for (String[] s : secs) {
            SourceLocation headingAt = SourceLocation.paragraph(p++);
            sections.add(new Section(s[0], s[1], List.of(new Paragraph(s[2], SourceLocation.paragraph(p++))),
                    headingAt));
        }
        Metadata m = new Metadata(org + year + "年政府信息公开工作年度报告", org, "", year, LocalDate.of(year + 1, 1, 20),
                (year + 1) + "年1月20日");
        return new Report(format, m, preamble, sections, cells, List.of(), SignOff.EMPTY, List.of(),
                Report.SourceInfo.NONE);
    }

    /** The report with one cell replaced by a number (or blank for null), keeping its location. */
    public static Report with(Report r, String id, BigDecimal value) {
        Map<String, Cell> cells = new LinkedHashMap<>(r.cells());
        Cell old = cells.get(id);
        if (old == null) {
            throw new IllegalArgumentException("no cell " + id);
        }
        cells.put(id, value == null ? new Cell(id, null, "", CellState.EMPTY, old.location())
                : Cell.number(id, value, old.location()));
        return r.withCells(cells);
    }

    public static Report with(Report r, String id, long value) {
        return with(r, id, BigDecimal.valueOf(value));
    }

    /** The report with one cell's printed text parsed as a reader would. */
    public static Report withRaw(Report r, String id, String raw) {
        Map<String, Cell> cells = new LinkedHashMap<>(r.cells());
        Cell old = cells.get(id);
        var form = r.source().form() != null ? r.source().form()
                : io.github.disclosurereport.form.Forms.national(r.format());
        cells.put(id, form.cell(id)
                .map(d -> io.github.disclosurereport.read.mapping.CellValues.parse(d, raw, old.location()))
                .orElseGet(() -> io.github.disclosurereport.read.mapping.CellValues.parse(id, raw, old.location())));
        return r.withCells(cells);
    }

    public static BigDecimal value(Report r, String id) {
        return r.cell(id).orElseThrow().value();
    }

    /** The report with the text of one section (by numeral) replaced. */
    public static Report withSectionText(Report r, String number, String text) {
        List<Section> secs = new ArrayList<>();
        for (Section s : r.sections()) {
            secs.add(s.number().equals(number) ? new Section(s.number(), s.heading(),
                    List.of(new Paragraph(text, s.paragraphs().isEmpty() ? s.location()
                            : s.paragraphs().get(0).location())), s.location()) : s);
        }
        return new Report(r.format(), r.metadata(), r.preamble(), secs, r.cells(), r.genericTables(), r.signOff(),
                r.notes(), r.source());
    }

    public static Report withSections(Report r, List<Section> secs) {
        return new Report(r.format(), r.metadata(), r.preamble(), secs, r.cells(), r.genericTables(), r.signOff(),
                r.notes(), r.source());
    }

    public static Report withMetadata(Report r, Metadata m) {
        return new Report(r.format(), m, r.preamble(), r.sections(), r.cells(), r.genericTables(), r.signOff(),
                r.notes(), r.source());
    }

    /** The report as last year's report of the same organ: the year before, dated in time. */
    public static Report asLastYear(Report r) {
        Metadata m = r.metadata();
        int year = m.year() - 1;
        return withMetadata(r, new Metadata(m.organization() + year + "年政府信息公开工作年度报告", m.organization(),
                m.addressee(), year, LocalDate.of(year + 1, 1, 20), (year + 1) + "年1月20日"));
    }

    public static Report withPreamble(Report r, String text) {
        return new Report(r.format(), r.metadata(), List.of(new Paragraph(text, SourceLocation.paragraph(1))),
                r.sections(), r.cells(), r.genericTables(), r.signOff(), r.notes(), r.source());
    }

    public static Report withNotes(Report r, List<io.github.disclosurereport.model.ReadNote> notes) {
        return new Report(r.format(), r.metadata(), r.preamble(), r.sections(), r.cells(), r.genericTables(),
                r.signOff(), notes, r.source());
    }

    public static Report withSignOff(Report r, SignOff s) {
        return new Report(r.format(), r.metadata(), r.preamble(), r.sections(), r.cells(), r.genericTables(), s,
                r.notes(), r.source());
    }

    /** Cell values as a correct reader recovers them (src/test/resources/corpus/NAME.expected.json). */
    public static Map<String, BigDecimal> expectedCells(String name) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/corpus", name
                    + ".expected.json")));
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("cells").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode expected(String name) {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/corpus", name
                    + ".expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A consistent legacy statistics table: parts filled, totals summed, channels within range, sign-off filled. */
    public static Report legacy() {
        return legacy(id -> 1);
    }

    /**
     * A consistent legacy table from leaf values: every part parent is the sum of its parts, a channel total lies
     * between the largest channel and their sum, a 其中 row is at most its row.
     */
    public static Report legacy(java.util.function.ToIntFunction<String> leaf) {
        FormDefinition form = Forms.legacyStatistics();
        FormTable l = form.table("L").orElseThrow();
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (CellDefinition d : l.cells()) {
            v.put(d.id(), BigDecimal.valueOf(leaf.applyAsInt(d.id())));
        }
        // parents of parts: sum of parts; channels' total: the largest channel (within max..sum)
        for (FormRow r : l.rows()) {
            if (r.check() == Check.PART) {
                v.put("L:" + r.against(), BigDecimal.ZERO);
            }
        }
        List<FormRow> reversed = new ArrayList<>(l.rows());
        java.util.Collections.reverse(reversed);
        for (FormRow r : reversed) {
            if (r.check() == Check.PART) {
                v.put("L:" + r.against(), v.get("L:" + r.against()).add(v.get("L:" + r.code())));
            }
        }
        for (FormRow r : l.rows()) {
            if (r.check() == Check.CHANNEL) {
                BigDecimal max = l.rows().stream().filter(x -> x.check() == Check.CHANNEL
                        && x.against().equals(r.against())).map(x -> v.get("L:" + x.code())).max(BigDecimal::compareTo)
                        .orElseThrow();
                v.put("L:" + r.against(), max);
            }
        }
        for (FormRow r : l.rows()) {
            if (r.check() == Check.SUBSET && v.get("L:" + r.code()).compareTo(v.get("L:" + r.against())) > 0) {
                v.put("L:" + r.code(), v.get("L:" + r.against()));
            }
        }
        Report r = report(ReportFormat.LEGACY_2008, 2017, "威海市环翠区残疾人联合会", cells(form, v), List.of(
                new String[]{"一", "概述", "今年，我会主动公开政府信息" + v.get("L:1.1").toPlainString() + "条。"},
                new String[]{"二", "政府信息公开申请办理情况", "共收到政府信息公开申请" + v.get("L:3.1").toPlainString() + "件。"},
                new String[]{"三", "存在的主要问题及改进情况", "信息公开的及时性有待提高，下一步将加强培训和督促检查。"}));
        return withSignOff(r, new SignOff("威海市环翠区残疾人联合会", "张三", "李四", "王五", "0631-1234567", "2018年3月1日"));
    }

    /** A report of the given format whose cells are exactly the expected.json values of a corpus document. */
    public static Report fromExpected(String name) {
        JsonNode e = expected(name);
        ReportFormat format = ReportFormat.valueOf(e.get("format").asText());
        int year = e.get("year").asInt();
        Map<String, Cell> cells = cells(Forms.national(format), expectedCells(name));
        return report(format, year, e.get("organization").asText(), cells, List.of());
    }
}
