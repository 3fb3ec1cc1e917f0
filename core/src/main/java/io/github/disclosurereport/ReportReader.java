package io.github.disclosurereport;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.intake.PageFetcher;
import io.github.disclosurereport.read.intake.ReportIntake;
import io.github.disclosurereport.read.intake.ReportWithAttachment;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads report files — .docx, .doc, .xlsx, .xls, and this library's own JSON and exported workbooks — into
 * {@link Report}s. Get one from {@link DisclosureReports#reader()}; it carries the root's forms and limits, is
 * immutable and thread-safe. The input is never modified.
 */
public final class ReportReader {

    /**
     * How long to wait for a site to accept the connection and to answer, and how long the whole download may take
     * (a 64 MB file at a slow site's 300 KB/s).
     */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(4);

    private final ReadLimits limits;
    private final ReportIntake intake;
    private final PageFetcher fetcher;

    ReportReader(ReadLimits limits, FormSet forms) {
        this.limits = limits;
        this.intake = new ReportIntake(limits, forms);
        this.fetcher = new PageFetcher(limits, CONNECT_TIMEOUT, ANSWER_TIMEOUT, DOWNLOAD_TIMEOUT);
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
        return join(read(report), read(attachment));
    }

    /**
     * Joins a report and its separately saved statistics table, both already read (from streams, say, as a web
     * upload is), as {@link #read(Path, Path)} does.
     *
     * @param report     the report's narrative
     * @param attachment the report read from the file holding its statistics tables
     * @return the joined report
     */
    public Report join(Report report, Report attachment) {
        return ReportWithAttachment.merge(report, attachment);
    }

    /**
     * Reads a report published at a web address (a site's page, or a .docx/.pdf it links to): fetched over http or
     * https with redirects bounded (5), a 15 s connect and 60 s answer timeout, 4 minutes for the whole download and
     * the file-size limit, then read as a file of the same content would be — a page in the charset its answer's
     * {@code Content-Type} names, unless a byte order mark says otherwise.
     *
     * @param address an http:// or https:// address
     * @return the report; its file name is the address
     * @throws ReportReadException NOT_FOUND when the address cannot be fetched (unreachable, an HTTP error, a
     *                             timeout, not http/https), else as {@link #read(Path)}
     */
    public Report read(URI address) throws ReportReadException {
        PageFetcher.Fetched page = fetcher.fetch(address);
        return intake.read(page.content(), page.charset().orElse(null), address.toString());
    }

    /**
     * Whether a command-line argument names a web address rather than a file.
     *
     * @param argument what the user typed
     * @return true for http:// and https:// addresses
     */
    public static boolean isWebAddress(String argument) {
        return PageFetcher.isWebAddress(argument);
    }

    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
