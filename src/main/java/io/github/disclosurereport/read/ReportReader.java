package io.github.disclosurereport.read;

import io.github.disclosurereport.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads report files (.docx, .doc, .xlsx, .xls) into {@link Report}s. Immutable and thread-safe: configure once,
 * share everywhere. The input file is never modified.
 */
public final class ReportReader {

    private static final ReportReader DEFAULT = new ReportReader();

    private ReportReader() {
    }

    /** A reader with the default settings. */
    public static ReportReader defaults() {
        return DEFAULT;
    }

    /**
     * Reads a report file. Problems inside a readable report become notes in the model; only a file that cannot
     * be read as a report at all throws.
     *
     * @throws ReportReadException with a one-line message when the file is missing, not a supported type,
     *                             encrypted, damaged beyond reading or over a safety limit
     */
    public Report read(Path path) throws ReportReadException {
        return ReportAssembler.assemble(readSource(path));
    }

    /** Reads from a stream; {@code fileName} is used in messages and locations only. */
    public Report read(InputStream in, String fileName) throws ReportReadException {
        try {
            return ReportAssembler.assemble(ReportFiles.read(in.readNBytes((int) ReportFiles.MAX_FILE_BYTES + 1),
                    fileName));
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    fileName + ": 无法读取 / cannot read: " + e.getMessage(), e);
        }
    }

    /** The neutral intermediate of a file: paragraphs and logical tables, before any mapping. */
    public SourceDocument readSource(Path path) throws ReportReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return ReportFiles.read(ReportFiles.load(path), name);
    }
}
