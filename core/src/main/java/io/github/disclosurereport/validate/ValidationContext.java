package io.github.disclosurereport.validate;

import io.github.disclosurereport.form.FormDefinition;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Paragraph;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.Section;
import io.github.disclosurereport.model.SourceLocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule looks at: the report, the form its format prescribes, and last year's report if one was given.
 *
 * @param report   the report being validated
 * @param form     the form the report is checked against: the one it was read with, else the configured form of
 *                 its format
 * @param forms    the configured forms of every format (a 2021 report may print a trial row: its labels are the
 *                 trial form's)
 * @param previous last year's report of the same organ, if given
 */
public record ValidationContext(Report report, FormDefinition form, FormSet forms, Optional<Report> previous) {

    /**
     * Requires report, form and forms; an absent previous report is {@link Optional#empty()}.
     *
     * @param report   the report being validated
     * @param form     the form it is checked against
     * @param forms    the configured forms of every format
     * @param previous last year's report, empty or null when none was given
     * @throws NullPointerException when report, form or forms is null
     */
    public ValidationContext {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(forms, "forms");
        previous = previous == null ? Optional.empty() : previous;
    }

    /**
     * The report's cell with this id.
     *
     * @param id a cell id
     * @return the cell, if the report has it
     */
    public Optional<Cell> cell(String id) {
        return report.cell(id);
    }

    /**
     * The cell's number for a sum: a blank cell counts as 0 in a sum (S9 reports blanks), so does one that holds no
     * number or is missing.
     *
     * @param id a cell id
     * @return its number, or 0
     */
    public BigDecimal valueOrZero(String id) {
        return report.cell(id).map(Cell::value).orElse(BigDecimal.ZERO);
    }

    /**
     * Whether the cell holds a number: a blank, text or not-applicable cell does not.
     *
     * @param id a cell id
     * @return true when the report has the cell and it holds a number
     */
    public boolean filled(String id) {
        return report.cell(id).map(c -> c.value() != null).orElse(false);
    }

    /**
     * Where a finding about these cells stands: the place of the first of them the report has.
     *
     * @param ids cell ids, the one to point at first
     * @return its location; the whole document when the report has none of them
     */
    public SourceLocation locationOf(List<String> ids) {
        for (String id : ids) {
            Optional<Cell> c = report.cell(id);
            if (c.isPresent()) {
                return c.get().location();
            }
        }
        return SourceLocation.DOCUMENT;
    }

    /** {@return every body paragraph: the preamble first, then each section's paragraphs, in order} */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new ArrayList<>(report.preamble());
        for (Section s : report.sections()) {
            all.addAll(s.paragraphs());
        }
        return all;
    }

    /**
     * Whether the report prints this table: a rule about a table's figures finds nothing when it is absent (S4
     * reports that).
     *
     * @param table T2, T3, T4 or L
     * @return true when any cell of the table was read
     */
    public boolean hasTable(String table) {
        String prefix = table + ":";
        return report.cells().keySet().stream().anyMatch(id -> id.startsWith(prefix));
    }

    /**
     * A cell as a message names it, by its printed labels, e.g. “（一）予以公开 / 自然人”; the standard rules give the
     * ids after the message, not inside the sentence.
     *
     * @param id a cell id
     * @return the description; the bare id when the form has no such cell
     */
    public String describe(String id) {
        return form.cell(id).map(d -> "“" + d.describe() + "”").orElse(id);
    }
}
