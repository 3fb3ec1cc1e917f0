/**
 * Editing a user's own workbook (.xlsx or .xls) in place, for the template filler and the corrector: the sheet
 * cell a report cell's location names, writing a value into it as Excel keeps it (numbers as numbers) without
 * touching its style, and refreshing the cached results of the workbook's formulas.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.write.workbook;
