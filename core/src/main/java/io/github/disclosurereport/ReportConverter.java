package io.github.disclosurereport;

import io.github.disclosurereport.form.CellDefinition;
import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.Forms;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.text.ChineseNumerals;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.write.ConversionRule;
import io.github.disclosurereport.write.ConversionRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts a report of any format into a 2021-format report (in memory). Cells come from the older cells by the
 * conversion rules (data, formats.md §4); a cell without a source stays blank and is reported (C1), an approximate
 * mapping is reported with its sources (C2). Never a guessed number. Text goes into the matching 2021 section.
 */
public final class ReportConverter {

    private final FormSet forms;
    private final FormDefinition target;

    ReportConverter(FormSet forms) {
        this.forms = forms;
        this.target = forms.form(ReportFormat.CURRENT_2021);
    }

    /**
     * The converted report and what could not be carried over exactly.
     *
     * @param report the report in the 2021 format
     * @param notes  findings of the conversion rules: C1 ({@link Severity#WARNING}) for 2021 cells left blank, C2
     *               ({@link Severity#INFO}) for cells filled by an approximate mapping. A note's cells are the 2021
     *               cells concerned (none for a row a provincial variant adds, which has no 2021 cell). The older
     *               cells a note's cells come from, or that it cites, are named in its message with the values the
     *               report holds for them ({@code L:5=4}, {@code T2:coercion:decisions=“-”}, {@code L:5=空白}), so
     *               that the message says where the numbers came from on its own; its location is the first of
     *               those cells' places in the source document, else the whole document.
     */
    public record Conversion(Report report, List<Finding> notes) {
        /**
         * Keeps an unmodifiable copy of the notes, so that the conversion cannot change after it is handed out.
         *
         * @param report the report in the 2021 format
         * @param notes  the findings of the conversion rules C1 and C2
         */
        public Conversion {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Converts a report; a 2021 report is copied onto the 2021 form (missing cells blank).
     *
     * @param source a report of any format
     * @return the 2021 report, in the root's 2021 form, and the notes on what could not be carried over exactly
     */
    public Conversion toCurrent(Report source) {
        List<Finding> notes = new ArrayList<>();
        Map<String, Cell> cells = source.format() == ReportFormat.CURRENT_2021 ? copyCurrent(source)
                : mapCells(source, notes);
        Metadata m = source.metadata();
        String title = m.organization().isEmpty() || m.year() == null ? m.title()
                : m.organization() + m.year() + "年政府信息公开工作年度报告";
        Report converted = new Report(ReportFormat.CURRENT_2021,
                new Metadata(title, m.organization(), m.addressee(), m.year(), m.date(), m.dateText()),
                source.preamble(), sections(source), cells, withVariantRows(source, notes), null, List.of(),
                // the converted cells are those of the configured 2021 form, whatever form the source was read with
                new Report.SourceInfo(source.source().fileName(), source.source().fileType(), target));
        return new Conversion(converted, notes);
    }

    private Map<String, Cell> copyCurrent(Report source) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (CellDefinition def : target.cells()) {
            Cell c = source.cells().get(def.id());
            out.put(def.id(), c != null ? c : blank(def.id()));
        }
        return out;
    }

    private Map<String, Cell> mapCells(Report source, List<Finding> notes) {
        Map<String, Cell> out = new LinkedHashMap<>();
        Map<String, List<String>> unmappedByRow = new LinkedHashMap<>();
        Map<String, ConversionRule> unmappedRule = new LinkedHashMap<>();
        Map<String, List<String>> citedByRow = new LinkedHashMap<>();
        for (CellDefinition def : target.cells()) {
            var rule = ConversionRules.forTarget(source.format(), def.id());
            if (rule.isEmpty() || rule.get().quality() == ConversionRule.Quality.NONE) {
                out.put(def.id(), blank(def.id()));
                String row = def.table() + ":" + def.row().code();
                unmappedByRow.computeIfAbsent(row, k -> new ArrayList<>()).add(def.id());
                rule.ifPresent(r -> {
                    unmappedRule.putIfAbsent(row, r);
                    r.sources().forEach(id -> {
                        List<String> cited = citedByRow.computeIfAbsent(row, k -> new ArrayList<>());
                        if (!cited.contains(id)) {
                            cited.add(id);
                        }
                    });
                });
                continue;
            }
            ConversionRule r = rule.get();
            BigDecimal sum = BigDecimal.ZERO;
            boolean anyNumber = false;
            boolean uncertain = false;
            SourceLocation where = SourceLocation.DOCUMENT;
            List<String> shown = new ArrayList<>();
            for (String id : r.sources()) {
                Cell c = source.cells().get(id);
                if (c == null) {
                    continue;
                }
                if (where == SourceLocation.DOCUMENT) {
                    where = c.location();
                }
                shown.add(shown(c));
                switch (c.state()) {
                    case NUMBER -> {
                        sum = sum.add(c.value());
                        anyNumber = true;
                    }
                    case TEXT, NOT_APPLICABLE -> uncertain = true;
                    case EMPTY -> { }
                }
            }
            if (uncertain) {
                out.put(def.id(), blank(def.id()));
                notes.add(Finding.of("C1", Severity.WARNING, def.id() + "（" + def.describe() + "）未填：来源单元格含非数字内容（"
                        + String.join("，", shown) + "），请人工核定", List.of(def.id()), where));
                continue;
            }
            if (!anyNumber) {
                out.put(def.id(), blank(def.id()));
                continue;
            }
            out.put(def.id(), new Cell(def.id(), sum, sum.toPlainString(), CellState.NUMBER, where));
            if (r.quality() == ConversionRule.Quality.APPROXIMATE) {
                notes.add(Finding.of("C2", Severity.INFO, def.id() + "（" + def.describe() + "）= " + sum.toPlainString()
                        + "，由 " + String.join(" + ", shown) + " 近似对应：" + r.note(), List.of(def.id()), where));
            }
        }
        for (var e : unmappedByRow.entrySet()) {
            List<String> ids = e.getValue();
            CellDefinition first = target.cell(ids.get(0)).orElseThrow();
            ConversionRule cited = unmappedRule.get(e.getKey());
            List<String> citedIds = citedByRow.getOrDefault(e.getKey(), List.of());
            String why = cited == null ? "原" + source.format().displayName() + "没有对应数据"
                    : cited.note() + citedValues(citedIds, source);
            SourceLocation place = citedIds.stream().map(source.cells()::get).filter(Objects::nonNull)
                    .map(Cell::location).findFirst().orElse(SourceLocation.DOCUMENT);
            notes.add(Finding.of("C1", Severity.WARNING, first.row().label() + "：" + ids.size() + " 个单元格留空，"
                    + why + "，请据实填写", ids, place));
        }
        return out;
    }

    /**
     * Rows a provincial variant adds (cells no national form of the source's format defines) have no place in the
     * 2021 form: they are kept as printed, as a generic table after the report's own, with a C1 warning, so that
     * converting loses nothing silently.
     */
    private List<GenericTable> withVariantRows(Report source, List<Finding> notes) {
        // the conversion rules are written against the national forms: a cell they do not know is a variant's
        FormDefinition national = Forms.national(source.format());
        FormDefinition read = source.form(forms);
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        for (Cell c : source.cells().values()) {
            if (national.cell(c.id()).isEmpty()) {
                // grouped by the variant's row (a legacy id L:CODE or L:CODE:COLUMN names no row by its last colon)
                String id = c.id();
                String row = read.cell(id).map(d -> d.table() + ":" + d.row().code())
                        .orElse(id.substring(0, id.lastIndexOf(':')));
                byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(c);
            }
        }
        List<GenericTable> out = new ArrayList<>(source.genericTables());
        if (byRow.isEmpty()) {
            return out;
        }
        String prefix = "G" + (out.size() + 1);
        List<String> columns = new ArrayList<>();
        List<GenericTable.Row> rows = new ArrayList<>();
        Map<String, List<String>> extraColumns = new LinkedHashMap<>(); // a variant's further value column: its rows
        for (Map.Entry<String, List<Cell>> e : byRow.entrySet()) {
            List<Cell> cells = e.getValue();
            List<Cell> values = new ArrayList<>();
            for (Cell c : cells) {
                String column = read.cell(c.id()).map(d -> d.column() == null ? "" : d.column().label())
                        .orElse(c.id().substring(c.id().lastIndexOf(':') + 1));
                if (!columns.contains(column)) {
                    columns.add(column);
                }
                values.add(new Cell(prefix + ":" + (rows.size() + 1) + ":" + (values.size() + 1), c.value(), c.raw(),
                        c.state(), c.location()));
            }
            String label = read.cell(cells.get(0).id()).map(d -> d.row().label()).orElse(cells.get(0).id());
            rows.add(new GenericTable.Row(label, "", values));
            boolean nationalRow = e.getKey().startsWith("L:") && national.cell(e.getKey()).isPresent();
            if (nationalRow) {
                // the row converts; only its further value (历年累计) has no place: said once per column below
                cells.forEach(c -> read.cell(c.id()).map(d -> d.column() == null ? "" : d.column().label())
                        .ifPresent(col -> extraColumns.computeIfAbsent(col, k -> new ArrayList<>()).add(label)));
                continue;
            }
            notes.add(Finding.of("C1", Severity.WARNING, "“" + label + "”是本省格式（" + read.name()
                    + "）附加的行，2021 年格式没有对应行，已原样保留在表格之外（"
                    + cells.stream().map(c -> c.id() + "=" + (c.raw().isBlank() ? "空白" : c.raw().strip()))
                    .reduce((a, b) -> a + "，" + b).orElse("") + "），请人工核对是否需要并入规定的行",
                    List.of(), cells.get(0).location()));
        }
        extraColumns.forEach((column, labels) -> notes.add(Finding.of("C1", Severity.WARNING, "本省格式（"
                + read.name() + "）的“" + column + "”栏（" + labels.size() + " 项，如“" + labels.get(0)
                + "”）2021 年格式没有对应栏，已原样保留在表格之外，未计入 2021 年格式的单元格", List.of(),
                SourceLocation.DOCUMENT)));
        out.add(new GenericTable("本省格式附加的行（2021 年格式中没有对应行）", columns, rows,
                rows.get(0).values().get(0).location()));
        return out;
    }

    /** The cited cells the report carries, with their values: the note names its sources. */
    private static String citedValues(List<String> sources, Report source) {
        List<String> shown = new ArrayList<>();
        for (String id : sources) {
            Cell c = source.cells().get(id);
            if (c != null) {
                shown.add(shown(c));
            }
        }
        return shown.isEmpty() ? "" : "（原数据 " + String.join("，", shown) + "）";
    }

    /** A source cell as a note names it: {@code id=4}, {@code id=“约10”} or {@code id=空白}. */
    private static String shown(Cell c) {
        return c.id() + "=" + (c.state() == CellState.NUMBER ? c.value().toPlainString()
                : c.raw().isBlank() ? "空白" : "“" + c.raw().strip() + "”");
    }

    private static Cell blank(String id) {
        return new Cell(id, null, "", CellState.EMPTY, SourceLocation.DOCUMENT);
    }

    /** The six 2021 sections, each with the text that belongs there. */
    private static List<Section> sections(Report source) {
        Map<String, List<Paragraph>> text = new LinkedHashMap<>();
        ConversionRules.currentSections().keySet().forEach(n -> text.put(n, new ArrayList<>()));
        if (source.format() == ReportFormat.LEGACY_2008) {
            Map<String, Integer> subCount = new LinkedHashMap<>();
            for (Section s : source.sections()) {
                String target = ConversionRules.legacySectionTarget(s.heading());
                int n = subCount.merge(target, 1, Integer::sum);
                // the legacy heading becomes a sub-heading, so the reader of the 2021 report still sees its origin
                text.get(target).add(new Paragraph("（" + ChineseNumerals.format(n) + "）" + s.heading(), s.location()));
                text.get(target).addAll(s.paragraphs());
            }
        } else {
            for (Section s : source.sections()) {
                List<Paragraph> into = text.get(s.number());
                (into != null ? into : text.get("六")).addAll(s.paragraphs());
            }
        }
        List<Section> out = new ArrayList<>();
        ConversionRules.currentSections().forEach((n, h) -> out.add(new Section(n, h, text.get(n), null)));
        return out;
    }
}
