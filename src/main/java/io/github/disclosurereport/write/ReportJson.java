package io.github.disclosurereport.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SignOff;
import io.github.disclosurereport.model.SourceLocation;

/**
 * The report as JSON: {@code cells} maps each cell id to its number (or null); {@code cellDetails} keeps raw
 * text, state and location beside it. Field names are stable; this is the CLI's {@code --json} output.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

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
        ObjectNode source = root.putObject("source");
        source.put("file", r.source().fileName());
        source.put("type", r.source().fileType());
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
            o.put("code", n.code());
            o.put("message", n.message());
            ArrayNode ids = o.putArray("cells");
            n.cells().forEach(ids::add);
            o.set("location", location(n.location()));
        }
        return root;
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
        o.put("text", l.describe());
        return o;
    }
}
