/**
 * The official forms as data: the tables each report format prints, with their rows, columns, printed groups and
 * labels, every cell's id and which values it accepts, and the sums between cells. The readers, the validator and
 * the writers all work from these, so a provincial variant that adds a row is a TSV file, not code.
 *
 * <p>Start at {@link io.github.disclosurereport.form.FormSet}: {@code FormSet.standard()} holds the three national
 * forms, one per {@link io.github.disclosurereport.form.ReportFormat}, and
 * {@link io.github.disclosurereport.form.Forms} loads a bundled variant or your own to put in place of one. A
 * {@link io.github.disclosurereport.form.FormDefinition} is one form, a
 * {@link io.github.disclosurereport.form.FormTable} one of its tables, a
 * {@link io.github.disclosurereport.form.CellDefinition} one cell.
 */
package io.github.disclosurereport.form;
