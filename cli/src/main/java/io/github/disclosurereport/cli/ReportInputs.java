package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException;

import java.nio.file.Path;

/** A report given on the command line — a report file or this tool's JSON — read through the command's root. */
final class ReportInputs {

    private ReportInputs() {
    }

    static Report load(Path path, DisclosureReports root) throws ReportReadException {
        return root.reader().read(path);
    }
}
