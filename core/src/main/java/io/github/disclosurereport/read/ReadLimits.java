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
 * therefore only make a reader stricter than POI's global defaults, not more lenient (raising
 * {@code minInflateRatio} below POI's 0.01 still leaves POI's own check in force).
 *
 * @param maxFileBytes    largest file accepted at all
 * @param maxEntries      most entries a .docx/.xlsx zip may hold
 * @param maxEntryBytes   largest uncompressed size of one zip entry
 * @param maxTotalBytes   largest uncompressed size of all entries together
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a large entry (zip bomb guard)
 * @param maxTableCells   most grid positions in one table (rows × columns)
 * @param maxTextChars    most characters of text in the whole document
 */
public record ReadLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                         double minInflateRatio, int maxTableCells, long maxTextChars) {

    /** Far above any real report (the largest seen are a few MB unpacked), far below what hurts a server. */
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 1000, 100L << 20, 200L << 20, 0.01,
            200_000, 20_000_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || minInflateRatio < 0
                || maxTableCells <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars);
    }

    public ReadLimits withMaxEntries(int v) {
        return new ReadLimits(maxFileBytes, v, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars);
    }

    public ReadLimits withMaxEntryBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, v, maxTotalBytes, minInflateRatio, maxTableCells,
                maxTextChars);
    }

    public ReadLimits withMaxTotalBytes(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, v, minInflateRatio, maxTableCells,
                maxTextChars);
    }

    public ReadLimits withMinInflateRatio(double v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, v, maxTableCells,
                maxTextChars);
    }

    public ReadLimits withMaxTableCells(int v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, v,
                maxTextChars);
    }

    public ReadLimits withMaxTextChars(long v) {
        return new ReadLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, minInflateRatio, maxTableCells,
                v);
    }
}
