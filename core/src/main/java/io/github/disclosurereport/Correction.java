package io.github.disclosurereport;

import io.github.disclosurereport.model.SourceLocation;

/**
 * One change made to a document, listed so that a clerk can check it.
 *
 * @param cellId   the cell changed
 * @param location where it is printed
 * @param before   the printed text before (empty for a blank cell)
 * @param after    the text written
 * @param reason   why the change is certain, in Chinese
 */
public record Correction(String cellId, SourceLocation location, String before, String after, String reason) {
}
