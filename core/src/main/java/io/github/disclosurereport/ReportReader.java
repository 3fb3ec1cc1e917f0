package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.intake.ReportIntake;
import io.github.disclosurereport.read.intake.ReportWithAttachment;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads report files — .docx, .doc, .xlsx, .xls, and this library's own JSON and exported workbooks — into
 * {@link Report}s. Get one from {@link DisclosureReports#reader()}; it carries the root's forms and limits, is
 * immutable and thread-safe. The input is never modified.
 */
public final class ReportReader {

    private final ReadLimits limits;
    private final ReportIntake intake;

    ReportReader(ReadLimits limits, FormSet forms) {
        this.limits = limits;
        this.intake = new ReportIntake(limits, forms);
    }

    /**
     * Reads a report file. Problems inside a readable report become notes in the model; only a file that cannot
     * be read as a report at all throws.
     *
     * @param path the file
     * @return the report, recording the form its tables were read with
     * @throws ReportReadException with a one-line message when the file is missing, not a supported type,
     *                             encrypted, damaged beyond reading or over a safety limit
     */
    public Report read(Path path) throws ReportReadException {
        return intake.read(FileSniffer.load(path, limits), fileName(path));
    }

    /**
     * Reads a report from a stream (a web upload, a database blob); the stream is read to its end or to the
     * file-size limit, and not closed.
     *
     * @param in       the file's bytes
     * @param fileName used in messages and locations only
     * @return the report
     * @throws ReportReadException as {@link #read(Path)}, also when the stream fails
     */
    public Report read(InputStream in, String fileName) throws ReportReadException {
        return intake.read(intake.load(in, fileName), fileName);
    }

    /**
     * Reads a report whose statistics table was saved as a file of its own (a legacy report's 统计表 as an .xls,
     * a 2021 report's tables as a workbook): one report with the narrative — title, sections, signature — of the
     * first file and the tables of the second, so that the rules comparing text with tables (N1) compare across
     * them. Organization and year missing from the narrative are taken from the attachment's header. The
     * narrative's notes on its own tables are dropped (its tables are replaced); the report's source names both
     * files.
     *
     * @param report     the report's narrative (any readable kind)
     * @param attachment the file holding its statistics tables
     * @return the joined report
     * @throws ReportReadException with a one-line message naming the file that cannot be read
     */
    public Report read(Path report, Path attachment) throws ReportReadException {
        return ReportWithAttachment.merge(read(report), read(attachment));
    }

    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
