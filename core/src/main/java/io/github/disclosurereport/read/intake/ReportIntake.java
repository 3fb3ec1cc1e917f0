package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.model.SourceLocation;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.exported.ExportedWorkbookReader;
import io.github.disclosurereport.read.exported.ReportJson;
import io.github.disclosurereport.read.mapping.ReportAssembler;
import io.github.disclosurereport.read.source.DocSourceReader;
import io.github.disclosurereport.read.source.DocxBody;
import io.github.disclosurereport.read.source.DocxSourceReader;
import io.github.disclosurereport.read.source.DocxStreamReader;
import io.github.disclosurereport.read.source.GridCell;
import io.github.disclosurereport.read.source.HtmlSourceReader;
import io.github.disclosurereport.read.source.LimitRefusals;
import io.github.disclosurereport.read.source.MhtSourceReader;
import io.github.disclosurereport.read.source.PackageParts;
import io.github.disclosurereport.read.source.PdfSourceReader;
import io.github.disclosurereport.read.source.PoiFailures;
import io.github.disclosurereport.read.source.SourceBlock;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.read.source.SourceParagraph;
import io.github.disclosurereport.read.source.SourceTable;
import io.github.disclosurereport.read.source.WorkbookSourceReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file's bytes into a report: the kind from the content ({@link FileSniffer}), then that kind's reader
 * from one table — adding a file type is one entry. Most kinds are read into the neutral intermediate and mapped
 * by {@link ReportAssembler}; the library's own outputs (an exported workbook, our JSON) read back as saved.
 * Immutable and thread-safe; configured with the root's limits and forms.
 */
public final class ReportIntake {

    /** What one kind's reader made of the bytes. */
    public sealed interface Parsed {
        /** A document to be mapped onto the forms. */
        record Source(SourceDocument document) implements Parsed {
        }

        /** A report saved by this library, read back exactly. */
        record Saved(Report report) implements Parsed {
        }
    }

    /** Reads the bytes of one kind of file (with the package parts already inflated, for a zip-based kind). */
    @FunctionalInterface
    interface KindReader {
        Parsed read(byte[] content, Optional<PackageParts> parts, String fileName) throws ReportReadException;
    }

    /** The file types of pages: a page that holds no report is refused as such. */
    private static final Set<String> WEB_TYPES = Set.of("html", "mht");

    /** Names a Word document goes by. */
    private static final Set<String> WORD_EXTENSIONS = Set.of("doc", "docx", "dot", "dotx", "wps", "rtf");

    /** Names a workbook goes by (WPS's own: .et). */
    private static final Set<String> EXCEL_EXTENSIONS = Set.of("xls", "xlsx", "xlsm", "xlt", "xltx", "et");

    private final ReadLimits limits;
    private final FormSet forms;
    private final Map<FileKind, KindReader> readers = new EnumMap<>(FileKind.class);
    private final HtmlSourceReader html;

    public ReportIntake(ReadLimits limits, FormSet forms) {
        this.limits = limits;
        this.forms = forms;
        // read straight from the inflated parts; XWPF only for documents opened for editing (openDocx)
        DocxStreamReader docx = new DocxStreamReader(limits);
        DocSourceReader doc = new DocSourceReader(limits);
        WorkbookSourceReader xls = new WorkbookSourceReader("xls", limits);
        this.html = new HtmlSourceReader(limits);
        PdfSourceReader pdf = new PdfSourceReader(limits);
        readers.put(FileKind.DOCX, (c, parts, n) -> new Parsed.Source(docx.read(parts.orElseThrow(), n)));
        readers.put(FileKind.DOC, (c, parts, n) -> new Parsed.Source(doc.read(new ByteArrayInputStream(c), n)));
        readers.put(FileKind.XLS, (c, parts, n) -> new Parsed.Source(xls.read(new ByteArrayInputStream(c), n)));
        readers.put(FileKind.XLSX, (c, parts, n) -> readXlsx(parts.orElseThrow(), n));
        readers.put(FileKind.HTML, (c, parts, n) -> new Parsed.Source(html.read(c, n)));
        readers.put(FileKind.PDF, (c, parts, n) -> new Parsed.Source(pdf.read(c, n)));
        MhtSourceReader mht = new MhtSourceReader(limits);
        readers.put(FileKind.MHT, (c, parts, n) -> new Parsed.Source(mht.read(c, n)));
        readers.put(FileKind.JSON, (c, parts, n) -> new Parsed.Saved(ReportJson.read(c, n, forms)));
    }

    /** The limits this intake refuses files by. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * A stream's bytes, read to its end or to one byte over the file-size limit (the sniffer then refuses it);
     * the stream is not closed.
     *
     * @throws ReportReadException NOT_FOUND when the stream fails
     */
    public byte[] load(InputStream in, String fileName) throws ReportReadException {
        try {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    fileName + ": 无法读取 / cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The report in the bytes.
     *
     * @throws ReportReadException when the content is no readable report (one line saying why)
     */
    public Report read(byte[] content, String fileName) throws ReportReadException {
        return read(content, null, fileName);
    }

    /**
     * The report in bytes that came with a charset named outside them (an HTTP answer's {@code Content-Type}): a
     * page is decoded in it unless a byte order mark says otherwise; other kinds ignore it.
     *
     * @param charset the charset named for the bytes, or null
     * @throws ReportReadException when the content is no readable report (one line saying why)
     */
    public Report read(byte[] content, String charset, String fileName) throws ReportReadException {
        Parsed parsed = parse(content, charset, fileName);
        if (parsed instanceof Parsed.Saved saved) {
            return saved.report();
        }
        SourceDocument source = ((Parsed.Source) parsed).document();
        Report report = ReportAssembler.assemble(source, forms);
        if (WEB_TYPES.contains(source.fileType()) && report.metadata().title().isEmpty() && report.sections().isEmpty()
                && report.cells().isEmpty()) {
            // a site's page that holds no report (a column index, a notice, an error page): say so, rather than
            // list every section and table as missing from a "report"
            throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT, fileName + ": 网页上没有找到政府信息"
                    + "公开工作年度报告（没有报告标题、章节或统计表格），请打开年报正文所在的网页 / no annual report on this "
                    + "page (no title, sections or tables); open the page that holds the report itself");
        }
        return report;
    }

    /** The bytes as the reader of their kind left them, before any mapping. */
    public Parsed parse(byte[] content, String fileName) throws ReportReadException {
        return parse(content, null, fileName);
    }

    /**
     * The bytes as the reader of their kind left them, a page decoded in the charset named outside it.
     *
     * @param charset the charset named for the bytes (an HTTP answer's), or null
     */
    public Parsed parse(byte[] content, String charset, String fileName) throws ReportReadException {
        FileSniffer.Sniffed sniffed = FileSniffer.detect(content, fileName, limits);
        KindReader reader = sniffed.kind() == FileKind.HTML && charset != null
                ? (c, parts, n) -> new Parsed.Source(html.read(c, charset, n, "html"))
                : readers.get(sniffed.kind());
        Parsed parsed;
        try {
            parsed = reader.read(content, sniffed.parts(), fileName);
        } catch (LimitRefusals.Exceeded e) {
            throw e.refusal();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw FileSniffer.exhausted(fileName, e);
        } catch (RuntimeException e) {
            // a reader met something its parser did not expect: one line saying the file is damaged, never a trace
            throw PoiFailures.translate(e, fileName, sniffed.kind().name());
        }
        if (parsed instanceof Parsed.Source source) {
            checkText(source.document(), fileName);
            Optional<ReadNote> misnamed = misnamed(sniffed.kind(), fileName);
            if (misnamed.isPresent()) {
                parsed = new Parsed.Source(source.document().withNote(misnamed.get()));
            }
        }
        return parsed;
    }

    /**
     * A .docx opened once for editing: the document, the one walk over its body, and the report read from them —
     * so a writer changes exactly the cells and paragraphs the report's locations name.
     *
     * @param document the open Word document (the caller closes it)
     * @param body     its body as the reader numbered it
     * @param report   the report read from it
     */
    public record EditableDocx(XWPFDocument document, DocxBody body, Report report) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    /**
     * Opens a .docx for editing (correcting, filling).
     *
     * @param notDocx the refusal, in Chinese and English, for content that is another readable kind
     * @throws ReportReadException when the content is unreadable, or readable but not a .docx
     */
    public EditableDocx openDocx(byte[] content, String fileName, String notDocx) throws ReportReadException {
        FileKind kind = FileSniffer.detect(content, fileName, limits).kind();
        if (kind != FileKind.DOCX) {
            // a page under a Word or Excel name: what it really is, rather than "only .docx/.xlsx/.xls" to a clerk
            // holding an .xls
            Optional<Misnamed> misnamed = misnamedAs(kind, fileName);
            throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE, fileName + ": "
                    + misnamed.map(Misnamed::refusal).orElse(notDocx));
        }
        XWPFDocument doc = null;
        try {
            // not on the inflated parts: those open read-only, and this document is written back
            doc = new XWPFDocument(new ByteArrayInputStream(content));
            DocxBody body = DocxBody.of(doc, fileName, limits);
            SourceDocument source = DocxSourceReader.toSource(doc, body, fileName);
            checkText(source, fileName);
            return new EditableDocx(doc, body, ReportAssembler.assemble(source, forms));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            closeQuietly(doc);
            if (e instanceof Error error) {
                throw FileSniffer.exhausted(fileName, error);
            }
            throw PoiFailures.translate(e, fileName, "Word (.docx)"); // a refusal of ours passes unchanged
        }
    }

    /**
     * A workbook (.xlsx or .xls) opened once for editing, with the report read from it — the same report
     * {@code read} gives for these bytes — so a writer changes exactly the sheet cells its locations name.
     *
     * @param workbook the open workbook (the caller closes it); HSSF for .xls, XSSF for .xlsx
     * @param report   the report read from it; its cells are located at sheet cells
     */
    public record EditableWorkbook(Workbook workbook, Report report) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** The kind of file the bytes hold, from their content. */
    public FileKind kind(byte[] content, String fileName) throws ReportReadException {
        return FileSniffer.detect(content, fileName, limits).kind();
    }

    /**
     * Opens an .xlsx or .xls for editing (correcting, filling); one this library exported is read back by its id
     * sheet, any other by its labels, as {@link #read} does.
     *
     * @throws ReportReadException when the content is unreadable or no workbook
     */
    public EditableWorkbook openWorkbook(byte[] content, String fileName) throws ReportReadException {
        FileKind kind = kind(content, fileName);
        if (kind != FileKind.XLSX && kind != FileKind.XLS) {
            throw new IllegalArgumentException("not a workbook: " + kind);
        }
        String type = kind == FileKind.XLSX ? "xlsx" : "xls";
        Workbook wb = null;
        try {
            // not on the inflated parts: those open read-only, and this workbook is written back
            wb = kind == FileKind.XLSX ? new XSSFWorkbook(new ByteArrayInputStream(content))
                    : new HSSFWorkbook(new ByteArrayInputStream(content));
            Optional<Report> saved = kind == FileKind.XLSX
                    ? ExportedWorkbookReader.readIfExported(wb, fileName, forms) : Optional.empty();
            if (saved.isPresent()) {
                return new EditableWorkbook(wb, saved.get());
            }
            SourceDocument source = WorkbookSourceReader.toSource(wb, fileName, type, limits);
            checkText(source, fileName);
            return new EditableWorkbook(wb, ReportAssembler.assemble(source, forms));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            closeQuietly(wb);
            if (e instanceof Error error) {
                throw FileSniffer.exhausted(fileName, error);
            }
            // a refusal of ours (a limit, a read refusal) passes unchanged
            throw PoiFailures.translate(e, fileName, kind == FileKind.XLSX ? "Excel (.xlsx)" : "Excel 97-2003 (.xls)");
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing was written to it; the refusal that follows says what went wrong
            }
        }
    }

    private static void closeQuietly(XWPFDocument doc) {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // nothing was written to it; the refusal that follows says what went wrong
            }
        }
    }

    /** One parse for every .xlsx: the workbook is asked whether it is one we exported before it is read as a sheet. */
    private Parsed readXlsx(PackageParts parts, String fileName) throws ReportReadException {
        try (OPCPackage pkg = parts.open(); Workbook wb = new XSSFWorkbook(pkg)) {
            Optional<Report> saved = ExportedWorkbookReader.readIfExported(wb, fileName, forms);
            if (saved.isPresent()) {
                return new Parsed.Saved(saved.get());
            }
            return new Parsed.Source(WorkbookSourceReader.toSource(wb, fileName, "xlsx", limits));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw PoiFailures.translate(e, fileName, "Excel (.xlsx)");
        }
    }

    /**
     * A web page or archive under a Word name, or an HTML table under an Excel name (a site's 导出): what the name
     * promised and what the content is, in the words of the note and of a refusal to edit it in place.
     *
     * @param extension the name's extension
     * @param what      what the content is: 网页（HTML）…
     * @param promised  what the name promised: Word 文档, Excel 表格
     * @param resave    the programs to save it properly with
     * @param target    the extension to save it as
     * @param english   what it is, in English
     */
    private record Misnamed(String extension, String what, String promised, String resave, String target,
                            String english) {

        /** The note: read all the same. */
        String note() {
            return "文件名是 ." + extension + "，但内容是" + what + "，不是 " + promised + "；已按网页读取。报送时请用 " + resave
                    + " 打开后“另存为” ." + target;
        }

        /** The refusal of a writer that edits the file in place (correct, fill). */
        String refusal() {
            return "文件名是 ." + extension + "，但内容是" + what + "，不是 " + promised + "，无法在原文件上修改；请用 " + resave
                    + " 打开后“另存为” ." + target + " 再处理 / " + english + "; save it as ." + target + " first";
        }
    }

    private static Optional<Misnamed> misnamedAs(FileKind kind, String fileName) {
        String extension = fileName.toLowerCase(Locale.ROOT).replaceAll("^.*\\.", "");
        if (kind == FileKind.HTML && EXCEL_EXTENSIONS.contains(extension)) {
            return Optional.of(new Misnamed(extension, "网页（HTML）格式的表格", "Excel 表格", "Excel 或 WPS", "xlsx",
                    "a web page (HTML) table saved under an Excel name"));
        }
        if ((kind == FileKind.HTML || kind == FileKind.MHT) && WORD_EXTENSIONS.contains(extension)) {
            return Optional.of(new Misnamed(extension, kind == FileKind.HTML ? "网页（HTML）" : "网页存档（MHT，“单个文件网页”）",
                    "Word 文档", "Word 或 WPS", "docx", "a web page (" + kind.name() + ") saved under a Word name"));
        }
        return Optional.empty();
    }

    /** A page under a Word or Excel name: read, and said, since the office will resubmit it as the name promises. */
    private static Optional<ReadNote> misnamed(FileKind kind, String fileName) {
        return misnamedAs(kind, fileName).map(m -> new ReadNote(ReadNote.Code.CONTENT_NOT_AS_NAMED, m.note(), List.of(),
                SourceLocation.DOCUMENT));
    }

    private void checkText(SourceDocument source, String name) throws ReportReadException {
        long chars = 0;
        for (SourceBlock b : source.blocks()) {
            if (b instanceof SourceParagraph p) {
                chars += p.text().length();
            } else if (b instanceof SourceTable t) {
                for (GridCell c : t.cells()) {
                    chars += c.text().length();
                }
            }
            if (chars > limits.maxTextChars()) {
                throw LimitRefusals.exceeded(name, "文档文字超过 " + limits.maxTextChars() + " 个字符", "maxTextChars");
            }
        }
    }

}
