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

    /**
     * Keeps unmodifiable copies of the lists; a missing caption becomes empty, a missing location the whole document.
     *
     * @param caption  the table's heading, or null
     * @param columns  the value columns' headings
     * @param rows     the rows in printed order
     * @param location where the table starts, or null when unknown
     */
    public GenericTable {
        caption = caption == null ? "" : caption;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }

    /**
     * One printed row of a table no form describes.
     *
     * @param label  the row's label as printed
     * @param unit   the unit printed for the row, empty when none
     * @param values one cell per value column; their ids are local to the table (e.g. {@code G1:3:2}: table G1,
     *               row 3, column 2), not official cell ids
     */
    public record Row(String label, String unit, List<Cell> values) {
        /**
         * Keeps an unmodifiable copy of the values; a missing unit becomes empty.
         *
         * @param label  the row's label
         * @param unit   the unit, or null
         * @param values the cells
         * @throws NullPointerException when the label is null
         */
        public Row {
            Objects.requireNonNull(label, "label");
            unit = unit == null ? "" : unit;
            values = List.copyOf(values);
        }
    }
}
