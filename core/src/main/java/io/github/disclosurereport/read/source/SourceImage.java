package io.github.disclosurereport.read.source;

import io.github.disclosurereport.model.SourceLocation;

import java.util.Objects;

/**
 * A picture printed in the document's flow (a table pasted as a screenshot is the common case): kept beside the
 * blocks so that a form table that is missing can be said to be this picture.
 *
 * @param afterBlocks how many blocks of the document come before it
 * @param address     where the picture is, as the document names it (a page's {@code src}), never empty
 * @param location    the paragraph it is printed in or before
 */
public record SourceImage(int afterBlocks, String address, SourceLocation location) {
    public SourceImage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
    }
}
