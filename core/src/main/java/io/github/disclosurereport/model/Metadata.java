package io.github.disclosurereport.model;

import java.time.LocalDate;

/**
 * The report's identifying facts. Any of them may be missing from a real document; missing values are null
 * (text fields: empty).
 *
 * @param title         the title as printed
 * @param organization  the reporting organ's name (from the signature, title or statistics header)
 * @param addressee     e.g. 区政府 (legacy reports address their superior), empty when absent
 * @param year          the report year (the year the statistics cover), or null
 * @param date          the signature date, or null
 * @param dateText      the signature date as printed, empty when absent
 * @param published     the date the report was published, where the source says so itself (a web page's
 *                      publication date), or null; a document's own date is its signature {@code date}
 */
public record Metadata(String title, String organization, String addressee, Integer year, LocalDate date,
                       String dateText, LocalDate published) {
    /**
     * Turns missing text into empty text, so that only the year and the date can be null.
     *
     * @param title        the title, or null
     * @param organization the organ's name, or null
     * @param addressee    the addressee, or null
     * @param year         the report year, or null
     * @param date         the signature date, or null
     * @param dateText     the signature date as printed, or null
     * @param published    the publication date, or null
     */
    public Metadata {
        title = title == null ? "" : title;
        organization = organization == null ? "" : organization;
        addressee = addressee == null ? "" : addressee;
        dateText = dateText == null ? "" : dateText;
    }

    /**
     * The facts of a document that does not say when it was published (a Word file: only its signature date).
     *
     * @param title        the title, or null
     * @param organization the organ's name, or null
     * @param addressee    the addressee, or null
     * @param year         the report year, or null
     * @param date         the signature date, or null
     * @param dateText     the signature date as printed, or null
     */
    public Metadata(String title, String organization, String addressee, Integer year, LocalDate date,
                    String dateText) {
        this(title, organization, addressee, year, date, dateText, null);
    }
}
