package io.github.disclosurereport.read;

/**
 * Safety limits of one reader, checked before and while a file is parsed, so that a zip bomb, a huge part or an
 * absurd table is refused quickly and in bounded memory with {@link ReportReadException.Reason#LIMIT_EXCEEDED}
 * and a message naming the setting that was hit. Configure them with
 * {@code DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxEntryBytes(...))}.
 *
 * <p>Why our own checks and not POI's: POI's zip limits ({@code ZipSecureFile.setMinInflateRatio},
 * {@code setMaxEntrySize}, {@code setMaxTextSize}) are JVM-wide static settings. Changing them from a reader would
 * silently change every other POI user in the same process (and race between readers with different limits), so
 * this library never touches them. Instead every .docx/.xlsx is inflated once, counting, against these limits
 * before POI sees it; POI's untouched defaults stay in place behind that as a second line. A limit set here can
 * therefore only make a reader stricter than POI's global defaults, not more lenient (lowering
 * {@code minInflateRatio} below POI's 0.01 still leaves POI's own check in force).
 *
 * @param maxFileBytes    largest file accepted at all
 * @param maxEntries      most entries a .docx/.xlsx zip may hold
 * @param maxEntryBytes   largest uncompressed size of one zip entry
 * @param maxTotalBytes   largest uncompressed size of all entries together
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a large entry (zip bomb guard)
 * @param maxTableCells   most grid positions in one table (rows × columns)
 * @param maxTextChars    most characters of text in the whole document
 * @param maxPages        most pages a PDF may have
 */
public record ReadLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                         double minInflateRatio, int maxTableCells, long maxTextChars, int maxPages) {

    /** Far above any real report (the largest seen are a few MB unpacked), far below what hurts a server. */
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 1000, 100L << 20, 200L << 20, 0.01,
            200_000, 20_000_000, 2000);

    /**
     * Checks that every limit lets some file through: sizes and counts positive, the ratio not negative.
     *
     * @param maxFileBytes    largest file accepted, in bytes
     * @param maxEntries      most zip entries
     * @param maxEntryBytes   largest uncompressed entry, in bytes
     * @param maxTotalBytes   largest uncompressed total, in bytes
     * @param minInflateRatio smallest compressed/uncompressed ratio; 0 switches this library's ratio check off
     * @param maxTableCells   most grid positions in one table
     * @param maxTextChars    most characters of text
     * @param maxPages        most pages of a PDF
     * @throws IllegalArgumentException when a limit is 0 or negative, or the ratio is negative
     */
    public ReadLimits {
        if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || minInflateRatio < 0
                || maxTableCells <= 0 || maxTextChars <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Limits with the default page limit of a PDF (2,000 pages).
     *
     * @param maxFileBytes    largest file accepted, in bytes
     * @param maxEntries      most zip entries
     * @param maxEntryBytes   largest uncompressed entry, in bytes
     * @param maxTotalBytes   largest uncompressed total, in bytes
     * @param minInflateRatio smallest compressed/uncompressed ratio; 0 switches this library's ratio check off
     * @param maxTableCells   most grid positions in one table
     * @param maxTextChars    most characters of text
     * @throws IllegalArgumentException when a limit is 0 or negative, or the ratio is negative
     */
    public ReadLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                      double minInflateRatio, int maxTableCells, long maxTextChars) {
        this(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells, maxTextChars,
                2000);
    }

    /**
     * A copy that accepts files up to this size, e.g. {@code 128L << 20} for 128 MB.
     *
     * @param v the largest file accepted, in bytes
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars, maxPages);
    }

    /**
     * A copy that accepts a .docx/.xlsx of up to this many zip entries.
     *
     * @param v the most entries
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxEntries(int v) {
        return new ReadLimits(maxFileBytes, v, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars, maxPages);
    }

    /**
     * A copy that accepts zip entries of up to this uncompressed size.
     *
     * @param v the largest entry, in bytes
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxEntryBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, v, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars, maxPages);
    }

    /**
     * A copy that accepts a .docx/.xlsx of up to this uncompressed size, all entries together.
     *
     * @param v the largest total, in bytes
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxTotalBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, v, minInflateRatio, maxTableCells,
                maxTextChars, maxPages);
    }

    /**
     * A copy that refuses a large zip entry compressed more than this: a higher ratio refuses more zip
     * bombs, but also honest files that compress very well.
     *
     * @param v the smallest compressed/uncompressed ratio; 0 switches this library's ratio check off
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMinInflateRatio(double v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, v, maxTableCells,
                maxTextChars, maxPages);
    }

    /**
     * A copy that accepts tables of up to this many grid positions (rows × columns).
     *
     * @param v the most grid positions in one table
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxTableCells(int v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, v,
                maxTextChars, maxPages);
    }

    /**
     * A copy that accepts documents of up to this many characters of text.
     *
     * @param v the most characters
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxTextChars(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                v, maxPages);
    }

    /**
     * A copy that accepts PDFs of up to this many pages.
     *
     * @param v the most pages
     * @return the new limits (these are unchanged)
     */
    public ReadLimits withMaxPages(int v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars, v);
    }
}
