package io.github.disclosurereport.read.exported;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.CellState;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.Metadata;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.validate.Finding;
import io.github.disclosurereport.validate.Severity;
import io.github.disclosurereport.validate.ValidationResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as JSON: {@code cells} maps each cell id to its number (or null); {@code cellDetails} keeps raw
 * text, state and location beside it. Field names are stable; this is the CLI's {@code --json} output.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /**
     * The node as indented JSON text. The mapper stays private: a shared, configurable {@code ObjectMapper} handed
     * out would let one caller change how everyone's JSON is written.
     */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }

    private static final ObjectWriter WRITER = MAPPER.writer();

    public static ObjectNode toJson(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", r.format().name());
        root.put("title", r.metadata().title());
        root.put("organization", r.metadata().organization());
        root.put("addressee", r.metadata().addressee());
        if (r.metadata().year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.metadata().year());
        }
        if (r.metadata().date() == null) {
            root.putNull("date");
        } else {
            root.put("date", r.metadata().date().toString());
        }
        root.put("dateText", r.metadata().dateText());
        if (r.metadata().published() == null) {
            root.putNull("published");
        } else {
            root.put("published", r.metadata().published().toString());
        }
        ObjectNode source = root.putObject("source");
        source.put("file", r.source().fileName());
        source.put("type", r.source().fileType());
        source.put("form", r.source().formName());
        ArrayNode preamble = root.putArray("preamble");
        r.preamble().forEach(p -> preamble.add(p.text()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : r.sections()) {
            ObjectNode o = sections.addObject();
            o.put("number", s.number());
            o.put("heading", s.heading());
            o.set("location", location(s.location()));
            ArrayNode ps = o.putArray("paragraphs");
            for (Paragraph p : s.paragraphs()) {
                ps.add(p.text());
            }
        }
        ObjectNode cells = root.putObject("cells");
        ObjectNode details = MAPPER.createObjectNode();
        for (Cell c : r.cells().values()) {
            if (c.value() == null) {
                cells.putNull(c.id());
            } else {
                cells.put(c.id(), c.value());
            }
            details.set(c.id(), cell(c));
        }
        root.set("cellDetails", details);
        ArrayNode generic = root.putArray("genericTables");
        for (GenericTable t : r.genericTables()) {
            ObjectNode o = generic.addObject();
            o.put("caption", t.caption());
            ArrayNode cols = o.putArray("columns");
            t.columns().forEach(cols::add);
            ArrayNode rows = o.putArray("rows");
            for (GenericTable.Row row : t.rows()) {
                ObjectNode ro = rows.addObject();
                ro.put("label", row.label());
                ro.put("unit", row.unit());
                ArrayNode vals = ro.putArray("values");
                row.values().forEach(v -> vals.add(cell(v)));
            }
            o.set("location", location(t.location()));
        }
        SignOff so = r.signOff();
        ObjectNode sign = root.putObject("signOff");
        sign.put("unitName", so.unitName());
        sign.put("unitHead", so.unitHead());
        sign.put("reviewer", so.reviewer());
        sign.put("preparer", so.preparer());
        sign.put("phone", so.phone());
        sign.put("fillDate", so.fillDate());
        ArrayNode notes = root.putArray("notes");
        for (ReadNote n : r.notes()) {
            ObjectNode o = notes.addObject();
            o.put("code", n.code().name());
            o.put("message", n.message());
            ArrayNode ids = o.putArray("cells");
            n.cells().forEach(ids::add);
            o.set("location", location(n.location()));
        }
        return root;
    }

    /**
     * Reads our JSON from a file's bytes.
     *
     * @throws ReportReadException NOT_A_REPORT with one line when the bytes are not a report this library wrote
     */
    public static Report read(byte[] content, String fileName, FormSet forms) throws ReportReadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName
                    + ": JSON 格式错误，无法读取 / malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName
                    + ": JSON 无法读取 / cannot read the JSON: " + firstLine(e.getMessage()), e);
        }
        try {
            Report r = fromJson(root, forms);
            return new Report(r.format(), r.metadata(), r.preamble(), r.sections(), r.cells(), r.genericTables(),
                    r.signOff(), r.notes(), new Report.SourceInfo(fileName, "json", r.source().form()));
        } catch (IllegalArgumentException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT, fileName + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * Rebuilds a report from this class's JSON (e.g. a {@code parse --json} output edited by a program). Cells come
     * from {@code cellDetails} when present (keeping raw text and state), else from {@code cells}.
     *
     * @throws IllegalArgumentException with a one-line message when the JSON is not such a report
     */
    public static Report fromJson(JsonNode root, FormSet forms) {
        if (root == null || !root.isObject() || !root.path("format").isTextual()) {
            throw new IllegalArgumentException("不是本工具输出的报告 JSON（缺少 format） / not a report JSON (no format)");
        }
        ReportFormat format;
        try {
            format = ReportFormat.valueOf(root.path("format").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("未知的格式 / unknown format: " + root.path("format").asText());
        }
        LocalDate date = null;
        if (root.path("date").isTextual()) {
            try {
                date = LocalDate.parse(root.path("date").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("日期格式错误 / bad date: " + root.path("date").asText());
            }
        }
        Integer year = root.path("year").isInt() ? root.path("year").asInt() : null;
        LocalDate published = null;
        if (root.path("published").isTextual()) {
            try {
                published = LocalDate.parse(root.path("published").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("发布日期格式错误 / bad published date: "
                        + root.path("published").asText());
            }
        }
        var metadata = new Metadata(root.path("title").asText(""),
                root.path("organization").asText(""), root.path("addressee").asText(""), year, date,
                root.path("dateText").asText(""), published);
        List<Paragraph> preamble = new ArrayList<>();
        root.path("preamble").forEach(p -> preamble.add(new Paragraph(p.asText(), null)));
        List<Section> sections = new ArrayList<>();
        for (var s : root.path("sections")) {
            List<Paragraph> ps = new ArrayList<>();
            s.path("paragraphs").forEach(p -> ps.add(new Paragraph(p.asText(), null)));
            sections.add(new Section(s.path("number").asText(""), s.path("heading").asText(""), ps, null));
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        var details = root.path("cellDetails");
        if (details.isObject() && details.size() > 0) {
            details.fields().forEachRemaining(e -> {
                var d = e.getValue();
                CellState state;
                try {
                    state = CellState.valueOf(d.path("state").asText("EMPTY"));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("单元格状态错误 / bad cell state: " + e.getKey());
                }
                BigDecimal value = d.path("value").isNumber() ? d.path("value").decimalValue() : null;
                if (state == CellState.NUMBER && value == null) {
                    throw new IllegalArgumentException("单元格缺少数值 / NUMBER cell without value: " + e.getKey());
                }
                cells.put(e.getKey(), new Cell(e.getKey(), state == CellState.NUMBER
                        ? value : null, d.path("raw").asText(""), state, null));
            });
        } else {
            root.path("cells").fields().forEachRemaining(e -> {
                var v = e.getValue();
                cells.put(e.getKey(), v.isNumber() ? Cell.number(e.getKey(), v.decimalValue(), null)
                        : new Cell(e.getKey(), null, "", CellState.EMPTY, null));
            });
        }
        String formName = root.path("source").path("form").asText("");
        Optional<FormDefinition> form = forms.resolve(format, formName);
        List<ReadNote> notes = form.isPresent() ? List.of() : List.of(SavedForms.unknown(formName, forms.form(format)));
        return new Report(format, metadata, preamble, sections, cells, List.of(), null, notes,
                new Report.SourceInfo(root.path("source").path("file").asText(""), "json",
                        form.orElse(forms.form(format))));
    }

    static ObjectNode cell(Cell c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        if (c.value() == null) {
            o.putNull("value");
        } else {
            o.put("value", c.value());
        }
        o.put("raw", c.raw());
        o.put("state", c.state().name());
        o.set("location", location(c.location()));
        return o;
    }

    /**
     * The findings as JSON, what {@code validate --json} prints for one report: {@code errors}, {@code warnings} and
     * {@code findings} [{@code rule}, {@code severity}, {@code message}, {@code cells}, {@code location},
     * {@code expected}, {@code actual}].
     */
    public static ObjectNode toJson(ValidationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("errors", result.withSeverity(Severity.ERROR).size());
        root.put("warnings", result.withSeverity(Severity.WARNING).size());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().name());
            o.put("message", f.message());
            ArrayNode cells = o.putArray("cells");
            f.cells().forEach(cells::add);
            o.set("location", location(f.location()));
            if (f.expected() == null) {
                o.putNull("expected");
            } else {
                o.put("expected", plain(f.expected()));
            }
            if (f.actual() == null) {
                o.putNull("actual");
            } else {
                o.put("actual", plain(f.actual()));
            }
        }
        return root;
    }

    /** 25.1 rather than 25.1000, 100 rather than 1E+2. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static ObjectNode location(SourceLocation l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", l.kind().name());
        switch (l.kind()) {
            case TABLE_CELL -> {
                o.put("table", l.table());
                o.put("row", l.row());
                o.put("column", l.column());
            }
            case PARAGRAPH -> o.put("paragraph", l.paragraph());
            case SHEET_CELL -> {
                o.put("sheet", l.sheet());
                o.put("cell", l.a1Reference());
            }
            case DOCUMENT -> { }
        }
        if (l.page() > 0) {
            o.put("page", l.page());
        }
        o.put("text", l.describe());
        return o;
    }
}
