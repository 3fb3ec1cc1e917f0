package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;

/**
 * A paragraph of text in document order.
 *
 * @param number   1-based paragraph number in the document (tables do not count)
 * @param text     the text, line breaks as \n, otherwise as printed
 * @param location where it is
 */
public record SourceParagraph(int number, String text, SourceLocation location) implements SourceBlock {
}
