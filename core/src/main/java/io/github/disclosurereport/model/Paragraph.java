package io.github.disclosurereport.model;

import java.util.Objects;

/** A body paragraph with the place it was read from. */
public record Paragraph(String text, SourceLocation location) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        location = location == null ? SourceLocation.DOCUMENT : location;
    }
}
