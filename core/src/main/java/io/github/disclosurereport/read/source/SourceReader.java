package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;

import java.io.InputStream;

/** Turns one file type into the neutral intermediate. Implementations are stateless and thread-safe. */
@FunctionalInterface
interface SourceReader {
    SourceDocument read(InputStream in, String fileName) throws ReportReadException;
}
