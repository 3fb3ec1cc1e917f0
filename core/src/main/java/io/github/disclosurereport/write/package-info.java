/**
 * What the writers share: writing every output file through a temporary file and never over an input
 * ({@link io.github.disclosurereport.write.OutputFiles}), text into existing Word cells without losing their look
 * ({@link io.github.disclosurereport.write.DocxCells}), the printed layout of each form table that the .docx and .xlsx
 * writers both render ({@link io.github.disclosurereport.write.TableLayout}), and the data of converting older reports
 * to the 2021 format ({@link io.github.disclosurereport.write.ConversionRules}).
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.write;
