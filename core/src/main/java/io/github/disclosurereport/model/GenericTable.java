package io.github.disclosurereport.model;

import java.util.List;
import java.util.Objects;

/**
 * A statistics table (or extra rows of a known table) that no form describes, kept as printed so that nothing
 * read is lost: column headings, then per row a label, a unit and one cell per value column.
 *
 * @param caption  a heading for the table (e.g. the printed title, or the form table the rows extend)
 * @param columns  the value columns' headings
 * @param rows     the rows in printed order
 * @param location where the table starts
 */
public record GenericTable(String caption, List<String> columns, List<Row> rows, SourceLocation location) {

    public GenericTable {
        caption = caption == null ? "" : caption;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }

    /** One printed row; {@code values} has one cell per value column (their ids are local, e.g. {@code G1:3:2}). */
    public record Row(String label, String unit, List<Cell> values) {
        public Row {
            Objects.requireNonNull(label, "label");
            unit = unit == null ? "" : unit;
            values = List.copyOf(values);
        }
    }
}
