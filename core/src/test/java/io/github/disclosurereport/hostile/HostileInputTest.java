package io.github.disclosurereport.hostile;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.model.Cell;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.exported.ReportJson;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each known attack on a document reader, built from a real report: refused within a second or two, in bounded
 * memory (bytes allocated by the reading thread), with one line saying what was hit — or read harmlessly.
 */
class HostileInputTest {

    /** Generous for a 2-core machine shared with other builds; a hang or a full parse of a bomb takes far longer. */
    private static final long MAX_MILLIS = 2_000;
    private static final long MAX_ALLOCATED = 256L << 20;

    @TempDir
    Path temp;

    @BeforeAll
    static void warmUp() {
        // class loading and JIT of POI take a second or more on first use; the limits are about the attack
        Outcome.read(HostileFiles.corpus("jinhu2023.docx"), "warm.docx");
        Outcome.read(HostileFiles.corpus("seed-2017-statistics.xlsx"), "warm.xlsx");
        Outcome.read(HostileFiles.corpus("wuhan-eeb2020.pdf"), "warm.pdf"); // PDFBox's classes, glyph lists, CMaps
    }

    @Test
    void zipBombDocxIsRefusedQuicklyNamingTheLimit() {
        byte[] bomb = HostileFiles.withBomb("jinhu2023.docx", "word/document.xml", 400);
        assertThat(bomb.length).isLessThan(2_000_000); // a tiny file …
        Outcome o = Outcome.read(bomb, "bomb.docx"); // … claiming 400 MB
        assertLimit(o, "minInflateRatio").contains("压缩炸弹");
    }

    @Test
    void zipBombXlsxIsRefusedQuicklyNamingTheLimit() {
        byte[] bomb = HostileFiles.withBomb("seed-2017-statistics.xlsx", "xl/worksheets/sheet1.xml", 400);
        Outcome o = Outcome.read(bomb, "bomb.xlsx");
        assertLimit(o, "minInflateRatio");
    }

    @Test
    void aLargePartThatIsNoBombIsRefusedByItsSize() {
        byte[] big = HostileFiles.withBomb("jinhu2023.docx", "word/document.xml", 3);
        ReportReader strict = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxEntryBytes(1 << 20)
                .withMinInflateRatio(0)).reader();
        Outcome o = Outcome.read(strict, big, "big.docx");
        assertLimit(o, "maxEntryBytes").contains("word/document.xml");
    }

    @Test
    void billionLaughsIsRefusedQuicklyInBoundedMemory() {
        byte[] laughs = HostileFiles.docxWithDoctype(HostileFiles.billionLaughsDoctype(), "&lol9;");
        Outcome o = Outcome.read(laughs, "laughs.docx");
        assertThat(o.millis()).isLessThan(MAX_MILLIS);
        assertThat(o.allocatedBytes()).isLessThan(MAX_ALLOCATED);
        // POI's parsers refuse any DOCTYPE in a part: the document is damaged, nothing was expanded
        assertRefused(o, Reason.CORRUPT);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        byte[] xxe = HostileFiles.docxWithDoctype(HostileFiles.externalEntityDoctype(secret), "前&xxe;后");
        Outcome o = Outcome.read(xxe, "xxe.docx");
        if (o.report() != null) {
            assertThat(ReportJson.write(ReportJson.toJson(o.report())))
                    .doesNotContain("TOP-SECRET");
        } else {
            assertThat(o.refusal().getMessage()).doesNotContain("TOP-SECRET").doesNotContain("\n");
        }
        assertThat(o.millis()).isLessThan(MAX_MILLIS);
    }

    @Test
    void tablesNestedHundredsDeepAreReadOrRefusedCleanly() {
        Outcome o = Outcome.read(HostileFiles.docxNested(300), "nested.docx");
        assertThat(o.millis()).isLessThan(MAX_MILLIS * 2);
        if (o.refusal() != null) {
            assertThat(o.refusal().reason()).isIn(Reason.LIMIT_EXCEEDED, Reason.CORRUPT);
            assertThat(o.refusal().getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void tablesNestedThousandsDeepAreRefused() {
        Outcome o = Outcome.read(HostileFiles.docxNested(20_000), "nested.docx");
        assertThat(o.refusal()).isNotNull();
        assertThat(o.refusal().reason()).isIn(Reason.LIMIT_EXCEEDED, Reason.CORRUPT);
        assertThat(o.refusal().getMessage()).doesNotContain("\n");
    }

    @Test
    void aHugeTableIsRefusedNamingTheLimit() {
        Outcome o = Outcome.read(HostileFiles.docxTable(1_200, 200), "huge.docx"); // 240,000 cells
        assertLimit(o, "maxTableCells");
    }

    @Test
    void aHugeSheetIsRefusedNamingTheLimit() {
        Outcome o = Outcome.read(HostileFiles.xlsxWithCells(1_200, 200), "huge.xlsx");
        assertLimit(o, "maxTableCells");
    }

    @Test
    void wideSpansCountAsTheGridTheyCover() {
        // few cells, but each claims 64 grid columns: the grid, not the cell count, is what costs memory
        String row = "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"64\"/></w:tcPr><w:p/></w:tc></w:tr>";
        byte[] wide = HostileFiles.docxWithBody("<w:tbl>" + row.repeat(200) + "</w:tbl><w:p/><w:sectPr/>");
        ReportReader strict = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxTableCells(10_000)).reader();
        assertLimit(Outcome.read(strict, wide, "wide.docx"), "maxTableCells").contains("200 行 × 64 列");
    }

    @Test
    void theTableLimitCanBeRaisedForAGenuineFile() {
        byte[] big = HostileFiles.docxTable(300, 40); // 12,000 cells
        DisclosureReports strictRoot = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxTableCells(10_000));
        assertLimit(Outcome.read(strictRoot.reader(), big, "big.docx"), "maxTableCells");
        assertThat(strictRoot.limits().maxTableCells()).isEqualTo(10_000);
        assertThat(DisclosureReports.defaults().limits()).isEqualTo(ReadLimits.DEFAULT); // the default is untouched
        Outcome relaxed = Outcome.read(strictRoot.withLimits(ReadLimits.DEFAULT).reader(), big, "big.docx");
        assertThat(relaxed.refusal()).isNull();
    }

    @Test
    void theTextLimitIsChecked() {
        ReportReader strict = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxTextChars(1_000)).reader();
        Outcome o = Outcome.read(strict, HostileFiles.corpus("jinhu2023.doc"), "jinhu2023.doc");
        assertLimit(o, "maxTextChars");
    }

    @Test
    void thousandsOfZipEntriesAreRefusedNamingTheLimit() {
        Outcome o = Outcome.read(HostileFiles.docxWithEntries(5_000), "entries.docx");
        assertLimit(o, "maxEntries");
    }

    @Test
    void theFileSizeLimitIsPerReader() throws Exception {
        Path file = temp.resolve("jinhu2023.docx");
        Files.write(file, HostileFiles.corpus("jinhu2023.docx"));
        ReportReader tiny = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxFileBytes(1_000)).reader();
        ReportReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(ReportReadException.class,
                () -> tiny.read(file));
        assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.limit()).contains("maxFileBytes");
        // how large and the limit, in words a clerk reads (it was "0 MB，上限 0 MB" and named the Java setting)
        assertThat(e.getMessage()).endsWith("jinhu2023.docx: 文件过大（9 KB，上限 1000 字节），已按安全上限拒绝读取；"
                + "正常的年度报告远小于此上限，请确认选对了文件 / refused: over the reader's safety limit; check that this is the right file")
                .doesNotContain("ReadLimits", "maxFileBytes");
        assertThat(DisclosureReports.defaults().reader().read(file).cells()).isNotEmpty();
    }

    @Test
    void anEncryptedDocxIsRefusedAsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(HostileFiles.corpus("jinhu2023.docx")));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertRefused(Outcome.read(out.toByteArray(), "locked.docx"), Reason.ENCRYPTED).contains("密码");
    }

    @Test
    void anEncryptedDocIsRefusedAsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HWPFDocument d = new HWPFDocument(new ByteArrayInputStream(HostileFiles.corpus("jinhu2023.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                d.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertRefused(Outcome.read(out.toByteArray(), "locked.doc"), Reason.ENCRYPTED).contains("密码");
    }

    @Test
    void anOleFileThatIsNotWordIsNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Contents");
            fs.writeFilesystem(out);
        }
        assertRefused(Outcome.read(out.toByteArray(), "年报.doc"), Reason.UNSUPPORTED_TYPE).contains("OLE");
    }

    @Test
    void aPdfRenamedDocxIsReadAsAPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRefused(Outcome.read(pdf, "年报.docx"), Reason.CORRUPT).contains("PDF");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithTheWordOfAnEncryptedWordFile() throws Exception {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                HostileFiles.corpus("wuhan-eeb2020.pdf"))) {
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(Outcome.read(pdf, "加密.pdf"), Reason.ENCRYPTED).contains("设有打开密码（已加密）")
                .contains("去掉密码后另存再读取").contains("remove the password and save it again");
    }

    @Test
    void aPdfClaimingBillionsOfPagesIsRefusedByThePageLimit() {
        String pdf = new String(HostileFiles.corpus("jinhu2023.pdf"), StandardCharsets.ISO_8859_1)
                .replace("/Count 4", "/Count 2147483647");
        assertLimit(Outcome.read(pdf.getBytes(StandardCharsets.ISO_8859_1), "j.pdf"), "maxPages");
    }

    @Test
    void aPdfWithObjectsNestedDeeplyIsReadOrRefusedQuickly() {
        String base = new String(HostileFiles.corpus("wuhan-eeb2020.pdf"), StandardCharsets.ISO_8859_1);
        for (String nest : new String[] {"[".repeat(200_000) + "]".repeat(200_000),
                "<</A ".repeat(100_000) + "1" + ">>".repeat(100_000)}) {
            Outcome o = Outcome.read(base.replace("/Type/Catalog", "/Type/Catalog/Nested " + nest)
                    .getBytes(StandardCharsets.ISO_8859_1), "nested.pdf");
            assertThat(o.millis()).isLessThan(MAX_MILLIS);
            assertThat(o.allocatedBytes()).isLessThan(MAX_ALLOCATED);
            if (o.refusal() != null) {
                assertThat(o.refusal().getMessage()).doesNotContain("\n");
            } else {
                assertThat(o.report().cells()).isNotEmpty(); // the junk is not on any page: the report reads
            }
        }
    }

    @Test
    void aTruncatedPdfIsReadAsFarAsItGoesOrRefusedAsDamaged() {
        byte[] pdf = HostileFiles.corpus("jinhu2023.pdf");
        for (int length : new int[] {10, 500, pdf.length / 3, pdf.length - 100}) {
            Outcome o = Outcome.read(Arrays.copyOf(pdf, length), "cut.pdf");
            assertThat(o.millis()).isLessThan(MAX_MILLIS);
            if (o.refusal() != null) {
                assertThat(o.refusal().reason()).isIn(Reason.CORRUPT, Reason.UNSUPPORTED_TYPE);
                assertThat(o.refusal().getMessage()).contains("PDF").doesNotContain("\n");
            }
        }
    }

    @Test
    void aPdfWhoseFontHasNoUnicodeMapIsRefusedAsGarbled() throws Exception {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            // a font whose codes name glyphs no Unicode table knows, and no ToUnicode map: as some PDF printers
            // embed subset fonts
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            org.apache.pdfbox.cos.COSDictionary encoding = new org.apache.pdfbox.cos.COSDictionary();
            org.apache.pdfbox.cos.COSArray differences = new org.apache.pdfbox.cos.COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(65));
            for (int i = 0; i < 26; i++) {
                differences.add(org.apache.pdfbox.cos.COSName.getPDFName("g" + (100 + i)));
            }
            encoding.setItem(org.apache.pdfbox.cos.COSName.DIFFERENCES, differences);
            font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.ENCODING, encoding);
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            org.apache.pdfbox.cos.COSName f = resources.add(font);
            page.setResources(resources);
            String content = "BT /" + f.getName() + " 12 Tf 72 700 Td (ABCDEFGHIJ KLMNOP) Tj 0 -20 Td (QRSTUVWXYZ) Tj ET";
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)));
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertRefused(Outcome.read(pdf, "乱码.pdf"), Reason.CORRUPT).contains("没有 Unicode 映射").contains("乱码");
    }

    @Test
    void anHtmlPageRenamedDocIsReadAsAPage() {
        // once refused as "HTML under a Word name"; now read by the HTML reader
        Outcome page = Outcome.read(HostileFiles.corpus("jinhu2023.html"), "年报.doc");
        assertThat(page.refusal()).isNull();
        assertThat(page.report().source().fileType()).isEqualTo("html");
        assertThat(page.report().cells()).hasSize(200);
        // a page that holds no report (no title, sections or form tables) is said to be one, never read as an
        // empty "report" with every table missing or with an invented number
        byte[] html = "<html><body><table><tr><td>1</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(Outcome.read(html, "年报.doc"), Reason.NOT_A_REPORT).contains("网页上没有找到政府信息公开工作年度报告");
    }

    @Test
    void deeplyNestedHtmlTablesNeitherOverflowNorExplode() {
        String page = "<table><tr><td>".repeat(5_000) + "1" + "</td></tr></table>".repeat(5_000);
        Outcome o = Outcome.read(page.getBytes(StandardCharsets.UTF_8), "nested.html");
        assertThat(o.millis()).isLessThan(5_000);
        // read through, then said to hold no report: not a stack overflow, not a limit
        assertThat(o.refusal()).isNotNull().extracting(ReportReadException::reason).isEqualTo(Reason.NOT_A_REPORT);
    }

    @Test
    void anHtmlTableOverTheLimitIsRefused() {
        String page = "<table>" + "<tr><td rowspan=0>x</td><td colspan=64>y</td><td colspan=64>z</td></tr>".repeat(2_000)
                + "</table>";
        assertLimit(Outcome.read(page.getBytes(StandardCharsets.UTF_8), "big.html"), "maxTableCells");
    }

    @Test
    void anEmptyFileIsNamed() {
        assertRefused(Outcome.read(new byte[0], "年报.docx"), Reason.CORRUPT).contains("0 字节");
    }

    @Test
    void aTruncatedDownloadIsNamedForEveryType() {
        for (String name : new String[] {"jinhu2023.docx", "jinhu2023.doc", "seed-2017-statistics.xlsx",
                "seed-2017-statistics.xls"}) {
            byte[] whole = HostileFiles.corpus(name);
            Outcome o = Outcome.read(Arrays.copyOf(whole, whole.length * 2 / 3), name);
            assertRefused(o, Reason.CORRUPT).contains("不完整或已损坏");
        }
    }

    @Test
    void aRealReportStillReadsWithTheGuardInPlace() {
        Report r = Outcome.read(HostileFiles.corpus("jinhu2023.docx"), "jinhu2023.docx").report();
        assertThat(r).isNotNull();
        assertThat(r.cells().values().stream().filter(c -> c.value() != null).map(Cell::id)).isNotEmpty();
    }

    /** Refused by the named safety limit, in words a clerk reads: the setting is data, never named in the line. */
    private static org.assertj.core.api.AbstractStringAssert<?> assertLimit(Outcome o, String setting) {
        org.assertj.core.api.AbstractStringAssert<?> line = assertRefused(o, Reason.LIMIT_EXCEEDED);
        assertThat(o.refusal().limit()).contains(setting);
        return line.doesNotContain("ReadLimits").doesNotContain(setting).contains("已按安全上限拒绝读取");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertRefused(Outcome o, Reason reason) {
        assertThat(o.refusal()).as("refused").isNotNull();
        assertThat(o.millis()).as("milliseconds").isLessThan(MAX_MILLIS);
        assertThat(o.allocatedBytes()).as("bytes allocated").isLessThan(MAX_ALLOCATED);
        assertThat(o.refusal().reason()).isEqualTo(reason);
        return assertThat(o.refusal().getMessage()).doesNotContain("\n").doesNotContain("\tat ");
    }
}
