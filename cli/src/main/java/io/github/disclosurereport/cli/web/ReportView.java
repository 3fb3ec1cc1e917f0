package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormTable;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.GenericTable;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.write.TableLayout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the page shows of a report: its text with each paragraph's number (findings name paragraphs by it), and each
 * form table the report prints in the printed layout the .docx and .xlsx writers use ({@link TableLayout}), every
 * value cell carrying its cell id (findings name cells by it) and the value as the report printed it.
 */
final class ReportView {

    private ReportView() {
    }

    /**
     * @param report the report
     * @param form   the form its tables are laid out with (the one it was read with)
     * @return {@code title}, {@code organization}, {@code year}, {@code format}, {@code formatName},
     *         {@code preamble} and {@code sections} (paragraphs with {@code paragraph} numbers), {@code tables}
     *         (code, number, heading, rows, columns, cells), {@code genericTables}, {@code notes}
     */
    static ObjectNode of(Report report, FormDefinition form) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode view = f.objectNode();
        view.put("title", report.metadata().title());
        view.put("organization", report.metadata().organization());
        if (report.metadata().year() == null) {
            view.putNull("year");
        } else {
            view.put("year", report.metadata().year());
        }
        view.put("format", report.format().name());
        view.put("formatName", report.format().displayName());
        view.put("form", report.source().formName());
        ArrayNode preamble = view.putArray("preamble");
        report.preamble().forEach(p -> preamble.add(paragraph(p)));
        ArrayNode sections = view.putArray("sections");
        for (Section s : report.sections()) {
            ObjectNode o = sections.addObject();
            o.put("number", s.number());
            o.put("heading", s.printedHeading());
            o.put("paragraph", paragraphNumber(s.location()));
            ArrayNode ps = o.putArray("paragraphs");
            s.paragraphs().forEach(p -> ps.add(paragraph(p)));
        }
        ArrayNode tables = view.putArray("tables");
        for (FormTable t : form.tables()) {
            String prefix = t.code() + ":";
            if (report.cells().keySet().stream().noneMatch(id -> id.startsWith(prefix))) {
                continue; // the report does not print this table
            }
            tables.add(table(report, form, t));
        }
        ArrayNode generic = view.putArray("genericTables");
        for (GenericTable g : report.genericTables()) {
            ObjectNode o = generic.addObject();
            o.put("caption", g.caption());
            ArrayNode cols = o.putArray("columns");
            g.columns().forEach(cols::add);
            ArrayNode rows = o.putArray("rows");
            for (GenericTable.Row row : g.rows()) {
                ArrayNode r = rows.addArray();
                r.add(row.label());
                r.add(row.unit());
                row.values().forEach(v -> r.add(printed(v)));
            }
        }
        ArrayNode notes = view.putArray("notes");
        for (ReadNote n : report.notes()) {
            ObjectNode o = notes.addObject();
            o.put("code", n.code().name());
            o.put("message", n.message());
        }
        return view;
    }

    private static ObjectNode table(Report report, FormDefinition form, FormTable t) {
        TableLayout layout = TableLayout.of(form, t.code());
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", t.code());
        o.put("number", t.caption().number());
        o.put("heading", t.caption().heading());
        o.put("rows", layout.rows());
        o.put("columns", layout.columns());
        ArrayNode cells = o.putArray("cells");
        for (TableLayout.Cell c : layout.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("r", c.row());
            cell.put("c", c.column());
            cell.put("rs", c.rowSpan());
            cell.put("cs", c.columnSpan());
            cell.put("kind", c.kind().name());
            if (c.kind() == TableLayout.Kind.VALUE) {
                cell.put("id", c.cellId());
                Cell value = report.cells().get(c.cellId());
                cell.put("text", value == null ? "" : printed(value));
                cell.put("state", value == null ? "MISSING" : value.state().name());
            } else {
                cell.put("text", c.text());
                if (c.depth() > 0) {
                    cell.put("depth", c.depth());
                }
            }
        }
        return o;
    }

    /** The value as the report printed it (full-width digits and all), else the number. */
    private static String printed(Cell c) {
        if (!c.raw().isBlank()) {
            return c.raw().strip();
        }
        return c.value() == null ? "" : c.value().toPlainString();
    }

    private static ObjectNode paragraph(Paragraph p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("text", p.text());
        o.put("paragraph", paragraphNumber(p.location()));
        return o;
    }

    private static int paragraphNumber(SourceLocation l) {
        return l.kind() == SourceLocation.Kind.PARAGRAPH ? l.paragraph() : 0;
    }
}
