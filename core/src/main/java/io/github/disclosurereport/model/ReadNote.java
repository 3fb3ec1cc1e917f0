package io.github.disclosurereport.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the reader noticed and could not express in the model's values: a table that is not a known form,
 * a trial-format row found in a 2021 table, a table missing from its section. The validator turns these into
 * findings; they never stop a read.
 *
 * @param code     what kind of thing was noticed
 * @param message  what happened, in Chinese
 * @param cells    the cell ids concerned, if any
 * @param location where in the source
 */
public record ReadNote(Code code, String message, List<String> cells, SourceLocation location) {

    /**
     * What a reader can notice: the contract between the readers, which write these, and the validator, which turns
     * each into a finding. Written to JSON under its {@link #name()}.
     */
    public enum Code {
        /** A statistics table that is no known form; its rows are kept as a generic table. */
        FORM_NOT_RECOGNISED,
        /**
         * A legacy statistics table read with another form of the family than the configured one (a province's
         * form bundled with the library), named in the message; the report records it as its form.
         */
        FORM_RECOGNISED,
        /** A form table the document does not print as a table (an image, or left out). */
        TABLE_MISSING,
        /** A printed row no form describes; kept as a generic table, not as form cells. */
        EXTRA_ROW,
        /** A row only the 2019 trial form has, printed in a 2021 table; its cells keep their trial ids. */
        TRIAL_ROW_IN_CURRENT,
        /** A column only the 2019 trial form has, printed in a 2021 table; its cells keep their trial ids. */
        TRIAL_COLUMN_IN_CURRENT,
        /** A form row the printed table lacks. */
        ROW_MISSING,
        /** A form column the printed table lacks. */
        COLUMN_MISSING,
        /** A form cell with no printed cell, where its row and column are printed. */
        CELL_MISSING,
        /** A part of a .docx (its relationships, or a part they name) is missing; the rest was read. */
        PART_MISSING,
        /** A legacy indicator printed with another unit than the form's. */
        UNIT_DIFFERS,
        /**
         * A saved report (our JSON or workbook) names a form the configured set cannot supply; its tables were taken
         * with the set's form of its format.
         */
        FORM_UNKNOWN,
        /**
         * The file is another kind than its name says (a web page or web archive saved as .doc, an HTML table saved
         * as .xls by a site's 导出); it was read as what it is.
         */
        CONTENT_NOT_AS_NAMED
    }

    /**
     * Keeps an unmodifiable copy of the cell ids; a missing location becomes the whole document.
     *
     * @param code     what kind of thing was noticed
     * @param message  what happened, in Chinese
     * @param cells    the cell ids concerned, empty when none
     * @param location where in the source, or null when unknown
     * @throws NullPointerException when code or message is null
     */
    public ReadNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        cells = List.copyOf(cells);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }
}
