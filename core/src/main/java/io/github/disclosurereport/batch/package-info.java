/**
 * Work on many reports at once: which files a batch reads under its folders
 * ({@link io.github.disclosurereport.batch.BatchFiles}), and which of them belong together
 * ({@link io.github.disclosurereport.batch.BatchPlan}: a narrative and its statistics attachment saved apart, a
 * report and the same organization's report of the year before). Works on small facts of each report
 * ({@link io.github.disclosurereport.batch.Scanned}), never on the reports themselves, so a batch of a thousand
 * keeps only those facts in memory.
 *
 * <p>Internal: not part of the API; do not depend on it — it is not exported by the module and may change in any
 * release.
 */
package io.github.disclosurereport.batch;
