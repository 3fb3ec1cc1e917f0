package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.source.LimitRefusals;
import io.github.disclosurereport.read.source.PackageParts;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects a file's real kind from its content, never from its name; anything unreadable is refused with one line
 * naming what the file really is and how to get a readable one.
 */
public final class FileSniffer {

    /** [Content_Types].xml is a few KB; more is not read while detecting. */
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final String RESAVE = "请用 Word 或 WPS 打开后“另存为” .docx 再读取";
    private static final String RESAVE_EN = "open it in Word or WPS and save it as .docx";

    /**
     * What the content is, and for a .docx/.xlsx the parts the safety check inflated (so they are not inflated again).
     *
     * @param kind  the kind of content
     * @param parts the inflated package parts of a zip-based kind, else empty
     */
    public record Sniffed(FileKind kind, Optional<PackageParts> parts) {
    }

    private FileSniffer() {
    }

    public static byte[] load(Path path, ReadLimits limits) throws ReportReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ReportReadException(Reason.NOT_FOUND, path + ": 文件不存在或无法打开 / no such readable file");
        }
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(name, size, limits);
            }
            return Files.readAllBytes(path);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportReadException(Reason.NOT_FOUND,
                    name + ": 无法读取文件 / cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The refusal for a file that exhausted the stack or the heap while POI built it. */
    public static ReportReadException exhausted(String name, Error e) {
        if (e instanceof StackOverflowError) {
            // elements nested thousands deep (tables in tables…): no report is built like that
            return new ReportReadException(Reason.LIMIT_EXCEEDED, name
                    + ": 文档结构嵌套过深（如表格层层嵌套），已拒绝读取 / refused: the document is nested too deeply", e);
        }
        return new ReportReadException(Reason.LIMIT_EXCEEDED, name + ": 读取时内存不足，文件内容过大，已拒绝读取；请确认选对了文件，"
                + "或关闭其他程序后重试 / out of memory while reading: the content is too large", e);
    }

    /**
     * What the content is, or a one-line refusal saying what it really is. A zip is first inflated once against
     * the limits ({@link ZipGuard}).
     */
    public static Sniffed detect(byte[] content, String name, ReadLimits limits) throws ReportReadException {
        if (content.length == 0) {
            throw new ReportReadException(Reason.CORRUPT, name
                    + ": 文件是空的（0 字节），可能保存或下载未完成 / the file is empty (0 bytes); it was not saved or downloaded completely");
        }
        if (content.length > limits.maxFileBytes()) {
            throw tooLarge(name, content.length, limits);
        }
        if (startsWith(content, 0, 'P', 'K', 3, 4) || startsWith(content, 0, 'P', 'K', 5, 6)) {
            return zipKind(content, name, limits);
        }
        if (startsWith(content, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniffed(oleKind(content, name), Optional.empty());
        }
        String head = textHead(content);
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            // the header may follow some junk (a mail gateway's prefix): PDF readers look in the first 1024 bytes
            return new Sniffed(FileKind.PDF, Optional.empty());
        }
        if (lower.startsWith("{\\rtf")) {
            throw unsupported(name, "是 RTF 格式文件（只是用了 Word 的文件名），" + RESAVE,
                    "an RTF file saved under a Word name; " + RESAVE_EN);
        }
        if (isMimeArchive(lower)) {
            return new Sniffed(FileKind.MHT, Optional.empty());
        }
        if (lower.startsWith("<?xml") && !lower.contains("<html")) {
            if (lower.contains("word.document") || lower.contains("<w:worddocument")) {
                throw unsupported(name, "是 Word 2003 XML 文档，不是 .docx/.doc；" + RESAVE,
                        "a Word 2003 XML document; " + RESAVE_EN);
            }
            if (lower.contains("excel.sheet") || lower.contains("<workbook")) {
                throw unsupported(name, "是 Excel 2003 XML 表格，不是 .xlsx/.xls；请用 Excel 或 WPS 打开后“另存为” .xlsx 再读取",
                        "an Excel 2003 XML spreadsheet; open it in Excel or WPS and save it as .xlsx");
            }
            throw unsupported(name, "是 XML 文本文件，不是 Word/Excel 文档", "an XML file, not Word/Excel");
        }
        if (lower.startsWith("<html") || lower.startsWith("<!doctype") || lower.startsWith("<head")
                || lower.startsWith("<meta") || lower.startsWith("<?xml") || lower.startsWith("<table")
                || lower.startsWith("<!--") && lower.contains("<html")) {
            // also what statistics systems and sites' 导出 buttons save as ".xls": an HTML table, read as the page it
            // is (ReportIntake notes the name)
            return new Sniffed(FileKind.HTML, Optional.empty());
        }
        FileMagic magic = FileMagic.valueOf(content);
        switch (magic) {
            case BIFF2, BIFF3, BIFF4 -> throw unsupported(name,
                    "是 Excel 4.0 或更早版本的表格，格式过旧；请用 Excel 或 WPS 打开后“另存为” .xlsx 再读取",
                    "an Excel 4.0 or older sheet; open it in Excel or WPS and save it as .xlsx");
            case WORD2, MSWRITE -> throw unsupported(name, "是 Word 2.0 或 Write 的旧格式文档；" + RESAVE,
                    "a Word 2.0 / Write document; " + RESAVE_EN);
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> throw unsupported(name,
                    "是图片文件（" + magic + "），不是 Word/Excel 文档", "an image (" + magic + "), not Word/Excel");
            default -> {
            }
        }
        if (lower.startsWith("{") && isText(content)) {
            // our own --json output; whether it is a report is the JSON reader's to say
            return new Sniffed(FileKind.JSON, Optional.empty());
        }
        if (isText(content)) {
            throw unsupported(name, "是纯文本文件，不是 Word/Excel 文档；" + RESAVE,
                    "a plain text file, not Word/Excel; " + RESAVE_EN);
        }
        throw unsupported(name, "不是可读取的报告文件（无法识别的内容；可读取 Word .docx/.doc、PDF、网页 .html/.mht、"
                + "Excel .xlsx/.xls）", "not a readable report file (unrecognised content; Word, PDF, web pages and "
                + "Excel are read)");
    }

    /**
     * A MIME message whose body is multipart/related (a page saved as a single file): its first header lines name
     * the MIME version or the multipart content type (Word, WPS, IE and Chrome all start so).
     */
    private static boolean isMimeArchive(String lowerHead) {
        String head = lowerHead.length() > 2048 ? lowerHead.substring(0, 2048) : lowerHead;
        boolean mimeHeader = head.startsWith("mime-version:") || head.startsWith("from:")
                || head.startsWith("subject:") || head.startsWith("date:") || head.startsWith("content-type:")
                || head.startsWith("snapshot-content-location:") || head.startsWith("x-");
        return mimeHeader && head.contains("multipart/related");
    }

    /** OOXML by its content types (names of the parts as a fallback); anything else zipped is refused. */
    private static Sniffed zipKind(byte[] content, String name, ReadLimits limits) throws ReportReadException {
        if (!hasEndOfCentralDirectory(content)) {
            throw truncated(name, "ZIP");
        }
        PackageParts parts = ZipGuard.inflate(content, name, limits); // bounded; POI reads these parts as they are
        Set<String> names = new TreeSet<>(parts.names());
        String contentTypes = parts.part("[Content_Types].xml").map(b -> new String(b, 0,
                Math.min(b.length, MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8)).orElse(null);
        Optional<byte[]> mimetype = parts.part("mimetype");
        if (mimetype.isPresent()) {
            byte[] m = mimetype.get();
            throw openDocument(name, new String(m, 0, Math.min(m.length, 200), StandardCharsets.US_ASCII).strip());
        }
        if (names.isEmpty()) {
            throw unsupported(name, "是空的 ZIP 压缩包，不是 Word/Excel 文档", "an empty zip archive, not a Word/Excel document");
        }
        if (contentTypes == null) {
            throw unsupported(name, "是 ZIP 压缩包，不是 Word/Excel 文档（包内文件："
                    + String.join("、", names.stream().limit(5).toList()) + (names.size() > 5 ? " 等" : "") + "）",
                    "a zip archive, not a Word/Excel document");
        }
        String types = contentTypes.toLowerCase(Locale.ROOT);
        if (types.contains("wordprocessingml.document.main+xml") || types.contains("wordprocessingml.template.main+xml")
                || types.contains("ms-word.document.macroenabled.main+xml")
                || types.contains("ms-word.template.macroenabledtemplate.main+xml")) {
            return new Sniffed(FileKind.DOCX, Optional.of(parts));
        }
        if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("spreadsheetml.template.main+xml")
                || types.contains("ms-excel.sheet.macroenabled.main+xml")
                || types.contains("ms-excel.template.macroenabled.main+xml")) {
            return new Sniffed(FileKind.XLSX, Optional.of(parts));
        }
        if (types.contains("presentationml")) {
            throw unsupported(name, "是 PowerPoint 演示文稿（.pptx），不是 Word/Excel 文档",
                    "a PowerPoint presentation (.pptx), not Word/Excel");
        }
        if (names.contains("word/document.xml")) {
            // content types without the usual main part type, e.g. from a sloppy generator
            return new Sniffed(FileKind.DOCX, Optional.of(parts));
        }
        if (names.contains("xl/workbook.xml")) {
            return new Sniffed(FileKind.XLSX, Optional.of(parts));
        }
        throw unsupported(name, "是 Office Open XML 文件，但既不是 Word 文档也不是 Excel 表格",
                "an Office Open XML file that is neither a Word document nor an Excel workbook");
    }

    private static ReportReadException openDocument(String name, String mime) {
        if (mime.contains("opendocument.spreadsheet")) {
            return unsupported(name, "是 OpenDocument 表格（.ods），请用 Excel 或 WPS 打开后“另存为” .xlsx 再读取",
                    "an OpenDocument spreadsheet (.ods); open it in Excel or WPS and save it as .xlsx");
        }
        if (mime.contains("opendocument.text")) {
            return unsupported(name, "是 OpenDocument 文档（.odt）；" + RESAVE,
                    "an OpenDocument text (.odt); " + RESAVE_EN);
        }
        return unsupported(name, "是 ZIP 压缩包（" + mime + "），不是 Word/Excel 文档",
                "a zip archive (" + mime + "), not a Word/Excel document");
    }

    /** OLE2 compound file: Word 97–2003, Excel 97–2003, an encrypted OOXML file, or something else. */
    private static FileKind oleKind(byte[] content, String name) throws ReportReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new ReportReadException(Reason.ENCRYPTED, name + ": 文件设有打开密码（已加密的 Word/Excel 文档），"
                        + "请在 Word、WPS 或 Excel 中去掉密码后另存再读取 / an encrypted (password-protected) Office file; "
                        + "remove the password and save it again");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                if (isEncryptedWord(root)) {
                    throw new ReportReadException(Reason.ENCRYPTED, name + ": Word 文档设有打开密码（已加密），"
                            + "请在 Word 或 WPS 中去掉密码后另存再读取 / a password-protected Word document; "
                            + "remove the password and save it again");
                }
                return FileKind.DOC;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return FileKind.XLS;
            }
            String what;
            String whatEn; // with its trailing separator
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                what = "PowerPoint 97-2003 演示文稿（.ppt）";
                whatEn = "a PowerPoint 97-2003 presentation (.ppt): ";
            } else if (root.getEntryNames().stream().anyMatch(n -> n.startsWith("__substg1.0_"))) {
                what = "Outlook 邮件（.msg）";
                whatEn = "an Outlook message (.msg): ";
            } else if (root.hasEntryCaseInsensitive("VisioDocument")) {
                what = "Visio 绘图（.vsd）";
                whatEn = "a Visio drawing (.vsd): ";
            } else {
                what = "OLE 复合文件";
                whatEn = "";
            }
            throw unsupported(name, "是 " + what + "，不是 Word 或 Excel 文档",
                    whatEn + "an OLE file that is not Word or Excel");
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw truncated(name, "OLE");
        }
    }

    /** FibBase flags (offset 10 of the WordDocument stream): fEncrypted 0x0100 — encrypted or XOR-obfuscated. */
    private static boolean isEncryptedWord(DirectoryNode root) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream(
                root.getEntryNames().stream().filter(n -> n.equalsIgnoreCase("WordDocument")).findFirst()
                        .orElse("WordDocument"))) {
            byte[] fib = in.readNBytes(12);
            if (fib.length < 12) {
                return false; // too short to tell; the reader will call it damaged
            }
            int flags = (fib[10] & 0xFF) | (fib[11] & 0xFF) << 8;
            return (flags & 0x0100) != 0;
        }
    }

    private static boolean hasEndOfCentralDirectory(byte[] c) {
        // the end record is 22 bytes plus a comment of at most 65535 bytes at the very end of a complete zip
        int from = Math.max(0, c.length - 22 - 65_535);
        for (int i = c.length - 22; i >= from; i--) {
            if (c[i] == 'P' && c[i + 1] == 'K' && c[i + 2] == 5 && c[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static ReportReadException truncated(String name, String container) {
        String kind = container.equals("ZIP") ? " Word/Excel（.docx/.xlsx）" : " Word/Excel 97-2003（.doc/.xls）";
        String kindEn = container.equals("ZIP") ? ".docx/.xlsx" : ".doc/.xls";
        return new ReportReadException(Reason.CORRUPT, name + ": 是" + kind + "文件，但内容不完整或已损坏（可能下载、复制或保存时中断），"
                + "请重新获取原文件 / a " + kindEn + " file that is truncated or damaged; get the original file again");
    }

    private static ReportReadException unsupported(String name, String chinese, String english) {
        return new ReportReadException(Reason.UNSUPPORTED_TYPE, name + ": " + chinese + " / " + english);
    }

    private static ReportReadException tooLarge(String name, long size, ReadLimits limits) {
        return LimitRefusals.exceeded(name, "文件过大（" + LimitRefusals.size(size) + "，上限 "
                + LimitRefusals.size(limits.maxFileBytes()) + "）", "maxFileBytes");
    }

    /** The first 4 KB as text, honouring a UTF-16/UTF-8 byte order mark (Word saves web pages in either). */
    private static String textHead(byte[] c) {
        int n = Math.min(c.length, 4096);
        if (startsWith(c, 0, 0xFF, 0xFE)) {
            return new String(c, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(c, 0, 0xFE, 0xFF)) {
            return new String(c, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(c, 0, 0xEF, 0xBB, 0xBF)) {
            return new String(c, 3, n - 3, StandardCharsets.UTF_8);
        }
        return new String(c, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** No control bytes besides tab/line breaks/form feed in the first 4 KB (UTF-8, GBK and UTF-16-with-BOM pass). */
    private static boolean isText(byte[] c) {
        if (startsWith(c, 0, 0xFF, 0xFE) || startsWith(c, 0, 0xFE, 0xFF)) {
            return true;
        }
        int n = Math.min(c.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = c[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] c, int offset, int... bytes) {
        if (c.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((c[offset + i] & 0xFF) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] c, byte[] pattern, int within) {
        int end = Math.min(c.length, within) - pattern.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (c[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
