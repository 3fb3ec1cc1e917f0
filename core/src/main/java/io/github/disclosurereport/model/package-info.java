/**
 * The report as read: an immutable {@link io.github.disclosurereport.model.Report} with its
 * {@link io.github.disclosurereport.model.Metadata}, its text in {@link io.github.disclosurereport.model.Section}s,
 * and every table {@link io.github.disclosurereport.model.Cell} under its official cell id
 * ({@code T3:R3.3.1:natural}, {@code T2:rules:issued}, {@code L:1.2.2}).
 *
 * <p>Start at {@link io.github.disclosurereport.model.Report}, which the reader returns and a program may also build.
 * Nothing read is lost or guessed: a cell keeps its printed text beside its number, and blank, zero and "not
 * applicable" stay distinct ({@link io.github.disclosurereport.model.CellState}); tables and rows no form describes
 * are kept as {@link io.github.disclosurereport.model.GenericTable}s; what the reader noticed but could not put into
 * values is a {@link io.github.disclosurereport.model.ReadNote}. Everything carries the
 * {@link io.github.disclosurereport.model.SourceLocation} it was printed at, so that a finding can say where.
 */
package io.github.disclosurereport.model;
