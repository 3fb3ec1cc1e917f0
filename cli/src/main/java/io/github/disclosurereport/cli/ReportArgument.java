package io.github.disclosurereport.cli;

import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report named on the command line: a file (or folder), or the http(s) address of a published report, which is
 * fetched and read like a file of the same content. An address is never turned into a path (on Windows it is not
 * one), so it has no file to protect from being overwritten and no folder to walk.
 *
 * @param text what the user typed
 */
record ReportArgument(String text) {

    /** picocli's conversion: a path that the platform cannot name is refused while the arguments are parsed. */
    static ReportArgument valueOf(String text) {
        ReportArgument a = new ReportArgument(text);
        if (!a.isWebAddress()) {
            Path.of(text); // InvalidPathException: picocli reports the argument as invalid
        }
        return a;
    }

    boolean isWebAddress() {
        return ReportReader.isWebAddress(text);
    }

    /** The local file or folder, or null for a web address. */
    Path path() {
        return isWebAddress() ? null : Path.of(text);
    }

    boolean isDirectory() {
        return !isWebAddress() && Files.isDirectory(path());
    }

    /** The file's name, or the whole address, as messages name the input. */
    String fileName() {
        Path p = path();
        return p == null ? text.strip() : String.valueOf(p.getFileName());
    }

    /** The report: read from the file, or fetched from the address. */
    Report read(ReportReader reader) throws ReportReadException {
        if (!isWebAddress()) {
            return reader.read(path());
        }
        URI address;
        try {
            address = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND, text.strip()
                    + ": 网址无效 / not a valid address", e);
        }
        return reader.read(address);
    }

    @Override
    public String toString() {
        return text;
    }
}
