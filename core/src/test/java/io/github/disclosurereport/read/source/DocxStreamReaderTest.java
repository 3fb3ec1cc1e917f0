package io.github.disclosurereport.read.source;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.form.FormSet;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.intake.FileKind;
import io.github.disclosurereport.read.intake.FileSniffer;
import io.github.disclosurereport.read.mapping.ReportAssembler;
import io.github.disclosurereport.write.GeneratedReports;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming .docx reader against XWPF's: the same neutral intermediate, and so the same report, on every .docx
 * among the test resources, on generated reports written as .docx, and on a body holding every construct whose text
 * XWPF has its own rules for — read by the streaming reader itself, not handed back to XWPF.
 */
class DocxStreamReaderTest {

    private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

    static Stream<Path> docxResources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
            assertThat(found).hasSizeGreaterThanOrEqualTo(4);
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("docxResources")
    void everyResourceDocxReadsTheSameAsThroughXwpf(Path file) throws Exception {
        assertSameAsXwpf(Files.readAllBytes(file), file.getFileName().toString());
    }

    @Property(tries = 15)
    void generatedReportsWrittenAsDocxReadTheSameAsThroughXwpf(@ForAll("reports") Report report) throws Exception {
        DisclosureReports dr = DisclosureReports.defaults();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dr.docxWriter().write(dr.converter().toCurrent(report).report(), out);
        assertSameAsXwpf(out.toByteArray(), "generated.docx");
    }

    @Provide
    Arbitrary<Report> reports() {
        return GeneratedReports.anyReport();
    }

    @Test
    void everyRunConstructReadsAsXwpfReadsIt() throws Exception {
        String body = String.join("",
                // hyperlink, simple field, smart tag, tracked insertion and deletion, moved text
                "<w:p><w:r><w:t xml:space=\"preserve\">甲 </w:t></w:r><w:hyperlink r:id=\"rId99\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>",
                "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>3</w:t></w:r></w:fldSimple>",
                "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:r><w:t>标记</w:t></w:r><w:smartTag w:uri=\"u\" w:element=\"f\"><w:r><w:t>内</w:t></w:r></w:smartTag></w:smartTag>",
                "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>再插</w:t></w:r></w:ins></w:ins>",
                "<w:del w:id=\"3\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>",
                "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>",
                // tabs, breaks, hyphen, field codes, a check box, capitals, a run-level content control
                "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:noBreakHyphen/><w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/></w:r>",
                "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar></w:r>",
                "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:sizeAuto/></w:checkBox></w:ffData></w:fldChar></w:r>",
                "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
                "<w:r><w:rPr><w:caps/></w:rPr><w:t>caps</w:t></w:r><w:r><w:rPr><w:smallCaps w:val=\"0\"/></w:rPr><w:t>small</w:t></w:r>",
                "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>",
                "<w:customXml w:element=\"x\"><w:r><w:t>XWPF不读</w:t></w:r></w:customXml></w:p>",
                // a text box (legacy VML) in a run
                "<w:p><w:r><w:t>框前</w:t></w:r><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>",
                "<w:txbxContent><w:p><w:r><w:t>框内一</w:t></w:r></w:p><w:p><w:r><w:t>框内二</w:t></w:r></w:p></w:txbxContent>",
                "</v:textbox></v:shape></w:pict><w:t>框后</w:t></w:r></w:p>",
                // block content controls: paragraphs, runs, nested controls
                "<w:sdt><w:sdtContent><w:p><w:r><w:t>一行</w:t></w:r></w:p><w:p><w:r><w:t>二行</w:t></w:r><w:r><w:t>续</w:t></w:r></w:p>",
                "<w:sdt><w:sdtContent><w:p><w:r><w:t>内层</w:t></w:r></w:p></w:sdtContent></w:sdt></w:sdtContent></w:sdt>",
                "<w:sdt><w:sdtContent></w:sdtContent></w:sdt>",
                // a table: gridBefore, spans of the wrong type, merges, nested table, empty paragraphs, a control
                "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/></w:tcPr><w:p/><w:p><w:r><w:t>合并</w:t></w:r></w:p></w:tc>",
                "<w:tc><w:tcPr><w:gridSpan w:val=\"abc\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/><w:p><w:r><w:t>嵌</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>套</w:t></w:r></w:p></w:tc></w:tr>",
                "<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr>",
                "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge w:val=\"bogus\"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>",
                "<w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>格内控件</w:t></w:r></w:p></w:sdtContent></w:sdt><w:p><w:r><w:t>后</w:t></w:r></w:p></w:tc></w:tr>",
                "<w:tr><w:trPr><w:gridBefore w:val=\"0\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"99999999999\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>",
                "<w:p><w:r><w:t>&amp;&lt;末&#x4E00;</w:t></w:r></w:p><w:sectPr/>");
        byte[] docx = docx(body);
        PackageParts parts = FileSniffer.detect(docx, "constructs.docx", LIMITS).parts().orElseThrow();
        assertThat(new DocxStreamReader(LIMITS).readStreaming(parts, "constructs.docx")).isPresent();
        SourceDocument xwpf = assertSameAsXwpf(docx, "constructs.docx");
        // the constructs above really were there to be read, and XWPF's rules are the ones applied
        assertThat(xwpf.paragraphs().get(0).text()).isEqualTo("甲 链接3标记内插入再插移入");
        assertThat(xwpf.paragraphs().get(1).text()).startsWith("a\tb\nc\n\u2011\t|X||_|CAPSsmall控件");
        assertThat(xwpf.tables()).hasSize(1);
    }

    @Test
    void footnotesAndEndnotesFollowTheirParagraphAsInXwpf() throws Exception {
        String body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>续</w:t></w:r>"
                + "<w:r><w:endnoteReference w:id=\"2\"/></w:r><w:r><w:footnoteReference w:id=\"7\"/></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr/>";
        String notes = "<w:%1$ss xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:%1$s w:id=\"0\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:%1$s>"
                + "<w:%1$s w:id=\"%2$s\"><w:p><w:r><w:%1$sRef/></w:r><w:r><w:t>注一</w:t></w:r></w:p><w:p><w:r><w:t>注二</w:t></w:r></w:p></w:%1$s></w:%1$ss>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/>"
                + "</Relationships>";
        byte[] docx = docx(body, "word/_rels/document.xml.rels", rels, "word/footnotes.xml", String.format(notes, "footnote", "1"),
                "word/endnotes.xml", String.format(notes, "endnote", "2"));
        SourceDocument xwpf = assertSameAsXwpf(docx, "notes.docx");
        assertThat(xwpf.paragraphs().get(0).text()).contains("[1: 注一\n注二]").contains("not found");
        // and without the notes' part: XWPF says the note is not found, and so does the streaming reader
        assertSameAsXwpf(docx(body), "no-notes.docx");
    }

    @Test
    void whatItDoesNotReproduceIsReadThroughXwpf() throws Exception {
        String ruby = "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r>"
                + "</w:rubyBase></w:ruby></w:r></w:p><w:sectPr/>";
        byte[] docx = docx(ruby);
        PackageParts parts = FileSniffer.detect(docx, "ruby.docx", LIMITS).parts().orElseThrow();
        assertThat(new DocxStreamReader(LIMITS).readStreaming(parts, "ruby.docx")).isEmpty();
        assertThat(dump(new DocxStreamReader(LIMITS).read(parts, "ruby.docx")))
                .isEqualTo(dump(new DocxSourceReader(LIMITS).read(parts, "ruby.docx")));
    }

    @Test
    void bothReadersSayAMissingPartInTheSameWords() throws Exception {
        byte[] jinhu = Files.readAllBytes(Path.of("src/test/resources/corpus/jinhu2023.docx"));
        PackageParts parts = FileSniffer.detect(jinhu, "jinhu2023.docx", LIMITS).parts().orElseThrow();
        PackageParts noStyles = without(parts, "word/styles.xml");
        PackageParts noRelationships = without(parts, "word/_rels/document.xml.rels");
        for (SourceDocument d : List.of(new DocxSourceReader(LIMITS).read(noStyles, "a.docx"),
                new DocxStreamReader(LIMITS).readStreaming(noStyles, "a.docx").orElseThrow())) {
            assertThat(d.notes()).containsExactly(DocxSourceReader.partMissing("word/styles.xml"));
            assertThat(d.notes().get(0).message()).isEqualTo("文档引用的部件 word/styles.xml 缺失（文件可能被工具损坏），"
                    + "正文和表格已读取，但该部件的内容（样式、图片等）无法读取");
        }
        assertThat(new DocxSourceReader(LIMITS).read(noRelationships, "b.docx").notes())
                .containsExactly(DocxSourceReader.relationshipsMissing());
        assertThat(new DocxStreamReader(LIMITS).read(noRelationships, "b.docx").notes())
                .containsExactly(DocxSourceReader.relationshipsMissing());
    }

    private static PackageParts without(PackageParts parts, String name) {
        java.util.Map<String, byte[]> kept = new java.util.LinkedHashMap<>();
        parts.names().stream().filter(n -> !n.equals(name)).forEach(n -> kept.put(n, parts.part(n).orElseThrow()));
        assertThat(kept).hasSize(parts.names().size() - 1);
        return new PackageParts(kept);
    }

    /** Both readers on the same bytes: equal intermediates (compared cell by cell) and equal reports. */
    private static SourceDocument assertSameAsXwpf(byte[] docx, String name) throws Exception {
        FileSniffer.Sniffed sniffed = FileSniffer.detect(docx, name, LIMITS);
        assertThat(sniffed.kind()).isEqualTo(FileKind.DOCX);
        PackageParts parts = sniffed.parts().orElseThrow();
        SourceDocument xwpf = new DocxSourceReader(LIMITS).read(parts, name);
        Optional<SourceDocument> streamed = new DocxStreamReader(LIMITS).readStreaming(parts, name);
        assertThat(streamed).as("%s is read by the streaming reader itself", name).isPresent();
        assertThat(dump(streamed.get())).isEqualTo(dump(xwpf));
        Report fromXwpf = ReportAssembler.assemble(xwpf, FormSet.standard());
        Report fromStream = ReportAssembler.assemble(streamed.get(), FormSet.standard());
        assertThat(fromStream).isEqualTo(fromXwpf);
        return xwpf;
    }

    /** Everything a SourceDocument holds, as values (SourceTable has no value equality of its own). */
    static List<Object> dump(SourceDocument d) {
        List<Object> out = new ArrayList<>(List.of(d.fileName(), d.fileType(), d.notes(), String.valueOf(d.published()),
                d.images()));
        for (SourceBlock b : d.blocks()) {
            if (b instanceof SourceParagraph p) {
                out.add(p);
            } else if (b instanceof SourceTable t) {
                out.add(List.of("table", t.number(), t.sheet(), t.rowCount(), t.columnCount(), t.cells()));
                for (int r = 0; r < t.rowCount(); r++) {
                    for (int c = 0; c < t.columnCount(); c++) {
                        out.add(List.of(r, c, String.valueOf(t.cell(r, c)), t.location(r, c)));
                    }
                }
            }
        }
        return out;
    }

    /** A minimal .docx (content types, package relationships, document) around a body, with more parts by name. */
    static byte[] docx(String body, String... more) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + body + "</w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] part : new String[][] {{"[Content_Types].xml", types}, {"_rels/.rels", rels},
                    {"word/document.xml", document}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (int i = 0; i < more.length; i += 2) {
                zip.putNextEntry(new ZipEntry(more[i]));
                zip.write(more[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
