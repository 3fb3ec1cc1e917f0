package io.github.disclosurereport.model;

import java.util.Objects;

/**
 * A body paragraph of the report's text with the place it was read from, so that a finding about it can say where.
 *
 * @param text     the paragraph's text as printed
 * @param location where it was printed ({@link SourceLocation#DOCUMENT} for text a program wrote)
 */
public record Paragraph(String text, SourceLocation location) {
    /**
     * Requires the text; a missing location becomes the whole document.
     *
     * @param text     the text
     * @param location where it was printed, or null when unknown
     * @throws NullPointerException when the text is null
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        location = location == null ? SourceLocation.DOCUMENT : location;
    }
}
