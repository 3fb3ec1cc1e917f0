/**
 * Chinese text as reports print it: numerals (一 to 九十九) in section numbers, sub-items and dates; label
 * normalisation, so that a printed label matches the form's whatever the typing (full-width characters, spaces,
 * brackets, quotes); and the tab-separated format of the forms data.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.text;
