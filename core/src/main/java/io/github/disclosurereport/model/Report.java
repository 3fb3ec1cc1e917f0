package io.github.disclosurereport.model;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.form.ReportFormat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A government information disclosure annual report, read from a file or built by a program. Immutable.
 *
 * @param format        the format of the report's tables
 * @param metadata      title, organization, year, date
 * @param preamble      paragraphs before the first section
 * @param sections      the sections in printed order
 * @param cells         every table cell read, keyed by cell id in form order; cells of a table that is absent
 *                      from the document are absent from the map
 * @param genericTables statistics tables or rows no form describes, kept as printed
 * @param signOff       legacy statistics table header/footer fields ({@link SignOff#EMPTY} when none)
 * @param notes         what the reader noticed but could not put into values
 * @param source        where it was read from (file name and type), or {@link SourceInfo#NONE}
 */
public record Report(ReportFormat format, Metadata metadata, List<Paragraph> preamble, List<Section> sections,
                     Map<String, Cell> cells, List<GenericTable> genericTables, SignOff signOff,
                     List<ReadNote> notes, SourceInfo source) {

    /**
     * Keeps unmodifiable copies of every collection (the cells in the given order), so that the report cannot change
     * once made; a missing sign-off becomes {@link SignOff#EMPTY}, a missing source {@link SourceInfo#NONE}.
     *
     * @param format        the format of the report's tables
     * @param metadata      title, organization, year, date
     * @param preamble      paragraphs before the first section
     * @param sections      the sections in printed order
     * @param cells         the table cells by cell id
     * @param genericTables tables or rows no form describes
     * @param signOff       legacy sign-off fields, or null
     * @param notes         what the reader noticed
     * @param source        where the report was read from, or null
     * @throws NullPointerException when format or metadata is null
     */
    public Report {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        genericTables = List.copyOf(genericTables);
        signOff = signOff == null ? SignOff.EMPTY : signOff;
        notes = List.copyOf(notes);
        source = source == null ? SourceInfo.NONE : source;
    }

    /**
     * The cell with this id, e.g. {@code report.cell("T3:R1:total")}.
     *
     * @param id a cell id of the report's form
     * @return the cell; empty when the document does not print its table, or the id is no cell of the form
     */
    public Optional<Cell> cell(String id) {
        return Optional.ofNullable(cells.get(id));
    }

    /**
     * The form this report's tables are checked and written with: the form it was read with when it records one
     * ({@link SourceInfo#form()}), else the configured set's form of its format (a report built by a program).
     *
     * @param forms the configured forms
     * @return the form of its tables
     */
    public FormDefinition form(FormSet forms) {
        FormDefinition read = source.form();
        return read != null && read.format() == format ? read : forms.form(format);
    }

    /**
     * The first section whose heading contains the phrase, e.g. {@code section("主动公开")}: headings vary between
     * offices and formats, a key phrase finds the section whatever the rest of its wording.
     *
     * @param headingPhrase part of the heading, without the numeral
     * @return the section, if the report has one
     */
    public Optional<Section> section(String headingPhrase) {
        return sections.stream().filter(s -> s.heading().contains(headingPhrase)).findFirst();
    }

    /**
     * A copy with other cells and everything else unchanged, e.g. the report with its corrected values.
     *
     * @param newCells the cells by cell id, in the order the copy keeps them
     * @return the new report (this one is unchanged)
     */
    public Report withCells(Map<String, Cell> newCells) {
        return new Report(format, metadata, preamble, sections, newCells, genericTables, signOff, notes, source);
    }

    /**
     * Where a report was read from, and with which form.
     *
     * @param fileName the file's name
     * @param fileType docx, doc, xlsx, xls, json …
     * @param form     the form the tables were read with (e.g. a provincial variant), so that validation and
     *                 writing use the very same one; {@code null} for a report built by a program, whose tables
     *                 are then those of the configured form of its format ({@link Report#form(FormSet)})
     */
    public record SourceInfo(String fileName, String fileType, FormDefinition form) {
        /** A report that was not read from a file, with no recorded form. */
        public static final SourceInfo NONE = new SourceInfo("", "", null);

        /**
         * Turns missing names into empty strings; the form may stay null.
         *
         * @param fileName the file's name, or null
         * @param fileType its type, or null
         * @param form     the form the tables were read with, or null
         */
        public SourceInfo {
            fileName = fileName == null ? "" : fileName;
            fileType = fileType == null ? "" : fileType;
        }

        /**
         * Read from a file, with no recorded form.
         *
         * @param fileName the file's name
         * @param fileType its type
         */
        public SourceInfo(String fileName, String fileType) {
            this(fileName, fileType, null);
        }

        /**
         * The recorded form's name, or "" when none is recorded.
         *
         * @return the name written to our JSON and workbooks
         */
        public String formName() {
            return form == null ? "" : form.name();
        }
    }
}
