package io.github.disclosurereport.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report.
 *
 * @param number     the numeral as printed (一, 十一; empty for headings printed without a numeral)
 * @param heading    the heading text without its numeral
 * @param paragraphs the body paragraphs in order
 * @param location   where the heading was printed
 */
public record Section(String number, String heading, List<Paragraph> paragraphs, SourceLocation location) {
    /**
     * Keeps an unmodifiable copy of the paragraphs; a missing numeral becomes empty, a missing location the whole
     * document.
     *
     * @param number     the numeral, or null
     * @param heading    the heading text
     * @param paragraphs the body paragraphs
     * @param location   where the heading was printed, or null when unknown
     * @throws NullPointerException when the heading is null
     */
    public Section {
        number = number == null ? "" : number;
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        location = location == null ? SourceLocation.DOCUMENT : location;
    }

    /** {@return the heading as printed, with its numeral, e.g. 一、总体情况} */
    public String printedHeading() {
        return number.isEmpty() ? heading : number + "、" + heading;
    }

    /** {@return the body text, its paragraphs joined by newlines} */
    public String text() {
        return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
    }
}
