package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;

import java.io.IOException;
import java.io.InputStream;

/** Turns one file type into the neutral intermediate. Implementations are stateless and thread-safe. */
@FunctionalInterface
interface SourceReader {
    SourceDocument read(InputStream in, String fileName) throws ReportReadException;

    /** A stream's bytes for the readers that parse a whole file at once; a failing stream is NOT_FOUND. */
    static byte[] allBytes(InputStream in, String fileName) throws ReportReadException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    fileName + ": 无法读取 / cannot read: " + e.getMessage(), e);
        }
    }
}
