/**
 * What a program handles around reading report files: the {@link io.github.disclosurereport.read.ReadLimits} a
 * reader refuses oversized or hostile files by, and the {@link io.github.disclosurereport.read.ReportReadException}
 * it throws when a file cannot be read as a report at all.
 *
 * <p>The reader itself is {@link io.github.disclosurereport.ReportReader}, from
 * {@link io.github.disclosurereport.DisclosureReports#reader()}. Problems inside a readable report are no exceptions:
 * they are {@link io.github.disclosurereport.model.ReadNote}s in the report, and the validator's findings.
 */
package io.github.disclosurereport.read;
