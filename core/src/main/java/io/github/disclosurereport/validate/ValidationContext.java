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

    /** Requires report, form and forms; an absent previous report is {@link Optional#empty()}. */
    public ValidationContext {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(forms, "forms");
        previous = previous == null ? Optional.empty() : previous;
    }

    public Optional<Cell> cell(String id) {
        return report.cell(id);
    }

    /** The cell's number, or 0 when blank or not a number (blank counts as 0 in a sum; S9 reports blanks). */
    public BigDecimal valueOrZero(String id) {
        return report.cell(id).map(Cell::value).orElse(BigDecimal.ZERO);
    }

    /** True when the cell holds a number. */
    public boolean filled(String id) {
        return report.cell(id).map(c -> c.value() != null).orElse(false);
    }

    /** The location of the first of these cells present in the report. */
    public SourceLocation locationOf(List<String> ids) {
        for (String id : ids) {
            Optional<Cell> c = report.cell(id);
            if (c.isPresent()) {
                return c.get().location();
            }
        }
        return SourceLocation.DOCUMENT;
    }

    /** Every body paragraph: preamble first, then each section's paragraphs, in order. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new ArrayList<>(report.preamble());
        for (Section s : report.sections()) {
            all.addAll(s.paragraphs());
        }
        return all;
    }

    /** Whether any cell of the table (T2, T3, T4, L) was read. */
    public boolean hasTable(String table) {
        return report.cells().keySet().stream().anyMatch(id -> id.startsWith(table + ":"));
    }

    /** A description of a cell for messages, e.g. “（一）予以公开 / 自然人”（T3:R3.1:natural）. */
    public String describe(String id) {
        return form.cell(id).map(d -> "“" + d.describe() + "”（" + id + "）").orElse(id);
    }
}
