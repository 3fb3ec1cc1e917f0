package io.github.disclosurereport;

import io.github.disclosurereport.read.exported.ExportedWorkbookReader;
import io.github.disclosurereport.read.mapping.ReportAssembler;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.ReportFiles;
import io.github.disclosurereport.read.source.SourceDocument;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads report files (.docx, .doc, .xlsx, .xls) into {@link Report}s. Immutable and thread-safe: configure once,
 * share everywhere. The input file is never modified.
 */
public final class ReportReader {

    private static final ReportReader DEFAULT = new ReportReader(ReadLimits.DEFAULT, FormSet.standard());

    private final ReadLimits limits;
    private final FormSet forms;

    private ReportReader(ReadLimits limits, FormSet forms) {
        this.limits = limits;
        this.forms = forms;
    }

    /** A reader with the default settings. */
    public static ReportReader defaults() {
        return DEFAULT;
    }

    /** A reader like this one with other safety limits (this reader is unchanged). */
    public ReportReader withLimits(ReadLimits limits) {
        return new ReportReader(Objects.requireNonNull(limits, "limits"), forms);
    }

    /**
     * A reader like this one that maps tables with these forms, e.g. {@code FormSet.standard().withForm(variant)}
     * (this reader is unchanged). The report records the form's name in {@code source().form()}.
     */
    public ReportReader withForms(FormSet forms) {
        return new ReportReader(limits, Objects.requireNonNull(forms, "forms"));
    }

    /** The forms this reader maps tables with. */
    public FormSet forms() {
        return forms;
    }

    /** The safety limits this reader refuses files by. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a report file. Problems inside a readable report become notes in the model; only a file that cannot
     * be read as a report at all throws.
     *
     * @throws ReportReadException with a one-line message when the file is missing, not a supported type,
     *                             encrypted, damaged beyond reading or over a safety limit ({@link #limits()})
     */
    public Report read(Path path) throws ReportReadException {
        return read(ReportFiles.load(path, limits), fileName(path));
    }

    /** Reads from a stream; {@code fileName} is used in messages and locations only. */
    public Report read(InputStream in, String fileName) throws ReportReadException {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    fileName + ": 无法读取 / cannot read: " + e.getMessage(), e);
        }
        return read(content, fileName);
    }

    /** The neutral intermediate of a file: paragraphs and logical tables, before any mapping. */
    public SourceDocument readSource(Path path) throws ReportReadException {
        return ReportFiles.read(ReportFiles.load(path, limits), fileName(path), limits);
    }

    private Report read(byte[] content, String name) throws ReportReadException {
        ReportFiles.Kind kind = ReportFiles.detect(content, name, limits);
        if (kind == ReportFiles.Kind.XLSX) {
            // a workbook this library exported reads back exactly through its id sheet
            Optional<Report> exported;
            try {
                exported = ExportedWorkbookReader.readIfExported(content, name, forms);
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw ReportFiles.exhausted(name, e);
            }
            if (exported.isPresent()) {
                return exported.get();
            }
        }
        return ReportAssembler.assemble(ReportFiles.read(content, name, kind, limits), forms);
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
