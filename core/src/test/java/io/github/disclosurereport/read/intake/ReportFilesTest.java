package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.ReadNote;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.source.SourceDocument;
import io.github.disclosurereport.testutil.Sources;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Type detection from content: every kind of wrong input is refused with one line naming what it really is. */
class ReportFilesTest {

    @TempDir
    Path temp;

    static Path corpus(String name) {
        return Path.of("src/test/resources/corpus", name);
    }

    // ---- readable content under a misleading name ----

    @Test
    void aDocRenamedDocxIsReadAsDoc() throws Exception {
        Path renamed = copy("jinhu2023.doc", "jinhu2023.docx");
        SourceDocument source = Sources.read(renamed);
        assertThat(source.fileType()).isEqualTo("doc");
        assertThat(source.fileName()).isEqualTo("jinhu2023.docx");
        assertThat(source.tables()).hasSize(3);
    }

    @Test
    void aDocxRenamedDocIsReadAsDocx() throws Exception {
        SourceDocument source = Sources.read(copy("jinhu2023.docx", "report.doc"));
        assertThat(source.fileType()).isEqualTo("docx");
        assertThat(source.tables()).hasSize(3);
    }

    @Test
    void workbooksAreRecognisedWhateverTheirName() throws Exception {
        assertThat(Sources.read(copy("seed-2017-statistics.xlsx", "统计表.doc")).fileType())
                .isEqualTo("xlsx");
        assertThat(Sources.read(copy("seed-2017-statistics.xls", "统计表.docx")).fileType())
                .isEqualTo("xls");
    }

    // ---- encrypted ----

    @Test
    void anEncryptedDocxIsEncrypted() throws Exception {
        byte[] docx = Files.readAllBytes(corpus("jinhu2023.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        ReportReadException e = refused(out.toByteArray(), "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("密码").contains("password-protected");
    }

    @Test
    void anEncryptedXlsIsEncrypted() throws Exception {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("统计指标");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                xls = out.toByteArray();
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        ReportReadException e = refused(xls, "统计表.xls");
        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("密码").contains("password-protected");
    }

    @Test
    void anEncryptedDocIsEncrypted() throws Exception {
        byte[] doc;
        try (HWPFDocument d = new HWPFDocument(Files.newInputStream(corpus("jinhu2023.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                d.write(out);
                doc = out.toByteArray();
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        ReportReadException e = refused(doc, "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("Word").contains("密码").contains("password-protected");
    }

    // ---- other containers ----

    @Test
    void aZipOfOtherFilesIsNotAWordDocument() throws Exception {
        byte[] zip = zip("readme.txt", "hello", "data/report.csv", "a,b\n1,2");
        ReportReadException e = refused(zip, "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("ZIP 压缩包").contains("readme.txt").contains("a zip archive");
    }

    @Test
    void anEmptyZipIsNamed() throws Exception {
        ReportReadException e = refused(zip(), "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("空的 ZIP").contains("an empty zip archive");
    }

    @Test
    void anOoxmlFileThatIsNeitherWordNorExcelIsNamed() throws Exception {
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        ReportReadException e = refused(zip("[Content_Types].xml", types, "custom/part.xml", "<a/>"), "x.docx");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("既不是 Word 文档也不是 Excel 表格")
                .contains("neither a Word document nor an Excel workbook");

        String pptx = types.replace("</Types>", "<Override PartName=\"/ppt/presentation.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/></Types>");
        ReportReadException p = refused(zip("[Content_Types].xml", pptx, "ppt/presentation.xml", "<p/>"), "x.docx");
        assertThat(p.getMessage()).contains("PowerPoint").contains("not Word/Excel");
    }

    @Test
    void anOpenDocumentTextIsNamed() throws Exception {
        ReportReadException e = refused(zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>"), "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains(".odt").contains("另存为");
    }

    @Test
    void anOleFileThatIsNotWordOrExcelIsNamed() throws Exception {
        ReportReadException other = refused(ole("Contents"), "年报.doc");
        assertThat(other.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(other.getMessage()).contains("是 OLE 复合文件，不是 Word 或 Excel 文档")
                .endsWith(" / an OLE file that is not Word or Excel");

        ReportReadException ppt = refused(ole("PowerPoint Document"), "年报.doc");
        assertThat(ppt.getMessage()).contains("PowerPoint 97-2003").contains("not Word or Excel");

        ReportReadException msg = refused(ole("__substg1.0_0037001F"), "年报.doc");
        assertThat(msg.getMessage()).contains("Outlook").contains("not Word or Excel");
    }

    @Test
    void oldWordAndExcelVersionsAskToBeSavedAgain() throws Exception {
        // Excel 5.0/95 keeps its sheets in a "Book" stream
        ReportReadException excel95 = refused(ole("Book"), "统计表.xls");
        assertThat(excel95.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(excel95.getMessage()).contains("过旧").contains("另存为").contains("Excel 5.0/95");

        // Word 6.0/95: a WordDocument stream whose FIB says nFib 101
        byte[] fib = new byte[4096];
        fib[0] = (byte) 0xDC;
        fib[1] = (byte) 0xA5;
        fib[2] = 101;
        ReportReadException word6 = refused(ole("WordDocument", fib), "年报.doc");
        assertThat(word6.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(word6.getMessage()).contains("过旧").contains("另存为").contains("Word 6.0/95");
    }

    // ---- not Office at all ----

    @Test
    void aPdfUnderAWordNameIsReadAsAPdfAndABrokenOneSaysSo() throws Exception {
        ReportReadException e = refused("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("PDF").contains("a damaged PDF file").doesNotContain("\n");
    }

    @Test
    void aWebPageIsReadAsAWebPageEvenUnderAWordName() throws Exception {
        // once refused ("a web page saved under a Word name"); pages are now read by the HTML reader (issue 10)
        String html = "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta charset=\"utf-8\">"
                + "</head><body><p>2023年政府信息公开工作年度报告</p></body></html>";
        Report page = readBytes(html.getBytes(StandardCharsets.UTF_8), "年报.doc");
        assertThat(page.source().fileType()).isEqualTo("html");
        assertThat(page.metadata().year()).isEqualTo(2023);

        // Word's "save as web page" in UTF-16 with a byte order mark, starting with a doctype
        byte[] body = "\n <!DOCTYPE html><html><body><p>2022年政府信息公开工作年度报告</p></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Report wide = readBytes(utf16, "年报.doc");
        assertThat(wide.source().fileType()).isEqualTo("html");
        assertThat(wide.metadata().year()).isEqualTo(2022);
    }

    @Test
    void anHtmlTableUnderAnExcelNameIsReadWithANoteGivingTheExcelAdvice() throws Exception {
        // a statistics system's ".xls" export: an HTML table with Excel's namespace (WebArchiveReadTest reads a whole
        // 统计表 so); one that holds no report is refused as a page that holds none
        String excelHtml = "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>统计指标"
                + "</td></tr></table></body></html>";
        ReportReadException xls = refused(excelHtml.getBytes(StandardCharsets.UTF_8), "统计表.xls");
        assertThat(xls.reason()).isEqualTo(Reason.NOT_A_REPORT);
        // a plain HTML table named .xlsx (or WPS's .et) with a report's title in it: read, with the advice as a note
        for (String name : List.of("导出.xlsx", "导出.et")) {
            Report page = readBytes(("<table><tr><td>金湖县2023年政府信息公开工作年度报告</td></tr></table>")
                    .getBytes(StandardCharsets.UTF_8), name);
            assertThat(page.source().fileType()).isEqualTo("html");
            assertThat(page.metadata().year()).isEqualTo(2023);
            assertThat(page.notes()).filteredOn(n -> n.code() == ReadNote.Code.CONTENT_NOT_AS_NAMED).singleElement()
                    .satisfies(n -> assertThat(n.message()).startsWith("文件名是 ." + name.replaceAll("^.*\\.", "")
                            + "，但内容是网页（HTML）格式的表格").endsWith("“另存为” .xlsx"));
        }
    }

    @Test
    void wordXmlIsNamed() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Word.Document\"?>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"/>";
        ReportReadException e = refused(xml.getBytes(StandardCharsets.UTF_8), "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("Word 2003 XML").contains("另存为");
    }

    @Test
    void anEmptyWebArchiveSavedAsDocIsReadAndSaidToHoldNoReport() throws Exception {
        // a web archive is read (WebArchiveReadTest); this one's page is empty
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
                + "------=_NextPart_01\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n<html></html>";
        ReportReadException e = refused(mht.getBytes(StandardCharsets.US_ASCII), "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.NOT_A_REPORT);
        assertThat(e.getMessage()).startsWith("年报.doc: 网页上没有找到政府信息公开工作年度报告");
    }

    @Test
    void rtfIsNamed() throws Exception {
        ReportReadException e = refused("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}报告}".getBytes(StandardCharsets.UTF_8),
                "年报.doc");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("RTF").contains("an RTF file");
    }

    @Test
    void plainTextIsNamed() throws Exception {
        ReportReadException e = refused("一、总体情况\n2023年，全县主动公开各类政府信息9945条。\n"
                .getBytes(StandardCharsets.UTF_8), "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("纯文本").contains("a plain text file");
    }

    @Test
    void unrecognisedBinaryIsRefused() throws Exception {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 + 11);
        }
        ReportReadException e = refused(junk, "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("不是可读取的报告文件").contains("可读取 Word .docx/.doc、PDF、网页")
                .contains("not a readable report file");
    }

    // ---- damaged ----

    @Test
    void anEmptyFileIsNamed() throws Exception {
        ReportReadException e = refused(new byte[0], "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("空的").contains("0 字节").contains("empty");
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws Exception {
        byte[] docx = Files.readAllBytes(corpus("jinhu2023.docx"));
        ReportReadException e = refused(Arrays.copyOf(docx, docx.length / 2), "年报.docx");
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("不完整").contains("truncated");
    }

    @Test
    void aTruncatedDocOrXlsIsCorrupt() throws Exception {
        for (String name : new String[] {"jinhu2023.doc", "seed-2017-statistics.xls"}) {
            byte[] ole = Files.readAllBytes(corpus(name));
            ReportReadException e = refused(Arrays.copyOf(ole, ole.length / 3), name);
            assertThat(e.reason()).as(name).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).as(name).contains("损坏").contains("damaged");
        }
    }

    // ---- helpers ----

    /**
     * Writes the bytes to a file, reads it through the public entry point and returns the refusal; anything but a
     * {@link ReportReadException} with a one-line message fails the test.
     */
    private ReportReadException refused(byte[] content, String fileName) throws IOException {
        Path dir = Files.createTempDirectory(temp, "in");
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        ReportReadException e = catchThrowableOfType(ReportReadException.class,
                () -> DisclosureReports.defaults().reader().read(file));
        assertThat(e).as("%s must be refused", fileName).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith(fileName + ": ")
                .contains(" / ");
        assertThat(Files.readAllBytes(file)).as("the input is never modified").isEqualTo(content);
        return e;
    }

    /** Writes the bytes to a file and reads it through the public entry point. */
    private Report readBytes(byte[] content, String fileName) throws Exception {
        Path dir = Files.createTempDirectory(temp, "in");
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        return DisclosureReports.defaults().reader().read(file);
    }

    private Path copy(String corpusName, String newName) throws IOException {
        Path dir = Files.createTempDirectory(temp, "renamed");
        return Files.copy(corpus(corpusName), dir.resolve(newName));
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ole(String streamName) throws IOException {
        return ole(streamName, new byte[4096]);
    }

    private static byte[] ole(String streamName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), streamName);
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
