package io.github.disclosurereport.testutil;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.intake.ReportIntake;
import io.github.disclosurereport.read.source.SourceDocument;

import java.nio.file.Path;

/** The neutral intermediate of a test file, before any mapping (what the mapper tests start from). */
public final class Sources {

    private static final ReportIntake INTAKE = new ReportIntake(ReadLimits.DEFAULT, FormSet.standard());

    private Sources() {
    }

    public static SourceDocument read(Path path) throws ReportReadException {
        return read(FileSniffer.load(path, ReadLimits.DEFAULT), path.getFileName().toString());
    }

    public static SourceDocument read(byte[] content, String name) throws ReportReadException {
        return read(INTAKE, content, name);
    }

    public static SourceDocument read(ReportIntake intake, byte[] content, String name) throws ReportReadException {
        if (intake.parse(content, name) instanceof ReportIntake.Parsed.Source s) {
            return s.document();
        }
        throw new AssertionError(name + " is one of our saved reports, not a source document");
    }
}
