/**
 * Turning a file's bytes into a report: the file's real kind is detected from its content, never its name
 * ({@link io.github.disclosurereport.read.intake.FileSniffer}); every .docx/.xlsx is inflated once against the
 * reader's limits before POI sees it ({@link io.github.disclosurereport.read.intake.ZipGuard}); and each kind goes to
 * its reader ({@link io.github.disclosurereport.read.intake.ReportIntake}). The reader, the template filler and the
 * corrector of the root package all read through here.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.read.intake;
