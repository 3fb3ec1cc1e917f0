/**
 * From the neutral intermediate to the model ({@link io.github.disclosurereport.read.mapping.ReportAssembler} is the
 * one entrance): the narrative's structure (title, sections, signature), the report's format from its tables'
 * labels, and the printed tables mapped by their labels to the form's cell ids
 * ({@link io.github.disclosurereport.read.mapping.StandardTablesMapper} for the 2019 and 2021 tables,
 * {@link io.github.disclosurereport.read.mapping.LegacyStatisticsMapper} for the legacy statistics table), with a
 * note for what the print lacks or adds.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.read.mapping;
