/**
 * Reading back the library's own outputs exactly as they were saved: its JSON
 * ({@link io.github.disclosurereport.read.exported.ReportJson}, which is also the CLI's {@code --json} output) and the
 * workbooks the exporter writes, recognised by their hidden id sheet
 * ({@link io.github.disclosurereport.read.exported.IdSheet}).
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.read.exported;
