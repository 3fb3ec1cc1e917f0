package io.github.disclosurereport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Attack files built from the real corpus, so that everything but the attack is a genuine report. */
final class HostileFiles {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    private HostileFiles() {
    }

    /** A corpus file, or one of the saved web pages beside the corpus (src/test/resources/web). */
    static byte[] corpus(String name) {
        try {
            Path file = CORPUS.resolve(name);
            return Files.readAllBytes(Files.exists(file) ? file : CORPUS.resolveSibling("web").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String body(String documentXml) {
        int start = documentXml.indexOf("<w:body>") + "<w:body>".length();
        return documentXml.substring(start, documentXml.indexOf("</w:body>"));
    }

    /** A real report's document.xml with the body replaced. */
    static byte[] docxWithBody(String body) {
        ZipParts z = ZipParts.of(corpus("jinhu2023.docx"));
        String xml = z.text("word/document.xml");
        int start = xml.indexOf("<w:body>") + "<w:body>".length();
        int end = xml.indexOf("</w:body>");
        return z.put("word/document.xml", xml.substring(0, start) + body + xml.substring(end)).toBytes();
    }

    /** A real report's document.xml with a DOCTYPE inserted after the XML declaration and text added to the body. */
    static byte[] docxWithDoctype(String doctype, String paragraphText) {
        ZipParts z = ZipParts.of(corpus("jinhu2023.docx"));
        String xml = z.text("word/document.xml");
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int bodyStart = xml.indexOf("<w:body>") + "<w:body>".length();
        String patched = xml.substring(0, declEnd) + doctype + xml.substring(declEnd, bodyStart)
                + "<w:p><w:r><w:t>" + paragraphText + "</w:t></w:r></w:p>" + xml.substring(bodyStart);
        return z.put("word/document.xml", patched).toBytes();
    }

    static String billionLaughsDoctype() {
        StringBuilder d = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                d.append("&lol").append(i - 1).append(';');
            }
            d.append("\">");
        }
        return d.append("]>").toString();
    }

    static String externalEntityDoctype(Path secret) {
        return "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    }

    /** A real report with one more part that inflates to {@code megabytes} MB of the same byte. */
    static byte[] withBomb(String baseName, String part, int megabytes) {
        ZipParts z = ZipParts.of(corpus(baseName));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipParts.Part p : z.parts) {
                out.putNextEntry(new ZipEntry(p.name()));
                if (p.name().equals(part)) {
                    // the real part followed by a long run of spaces (still well-formed XML to a parser)
                    String xml = p.text();
                    int close = xml.lastIndexOf("</");
                    out.write(xml.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(close).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(p.data());
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Tables nested {@code depth} deep in one cell after another. */
    static byte[] docxNested(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc>");
        }
        b.append("<w:p><w:r><w:t>深处</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++) {
            b.append("</w:tc></w:tr></w:tbl><w:p/>");
        }
        return docxWithBody(b + "<w:sectPr/>");
    }

    /** One table of rows × columns small cells. */
    static byte[] docxTable(int rows, int columns) {
        StringBuilder b = new StringBuilder("<w:tbl><w:tblGrid>");
        b.append("<w:gridCol w:w=\"100\"/>".repeat(columns)).append("</w:tblGrid>");
        java.util.Random random = new java.util.Random(rows * 31L + columns); // varied text compresses like a real one
        for (int r = 0; r < rows; r++) {
            b.append("<w:tr>");
            for (int c = 0; c < columns; c++) {
                b.append("<w:tc><w:p><w:r><w:t>").append(random.nextInt(1_000_000)).append("</w:t></w:r></w:p></w:tc>");
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl><w:p/><w:sectPr/>");
        return docxWithBody(b.toString());
    }

    /** The real statistics workbook with rows × columns more numbers in its sheet. */
    static byte[] xlsxWithCells(int rows, int columns) {
        ZipParts z = ZipParts.of(corpus("seed-2017-statistics.xlsx"));
        String xml = z.text("xl/worksheets/sheet1.xml");
        StringBuilder extra = new StringBuilder();
        java.util.Random random = new java.util.Random(rows * 17L + columns);
        for (int r = 0; r < rows; r++) {
            extra.append("<row r=\"").append(1000 + r).append("\">");
            for (int c = 0; c < columns; c++) {
                extra.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
            }
            extra.append("</row>");
        }
        int end = xml.indexOf("</sheetData>");
        return z.put("xl/worksheets/sheet1.xml", xml.substring(0, end) + extra + xml.substring(end)).toBytes();
    }

    /** A real report with {@code extra} more tiny parts. */
    static byte[] docxWithEntries(int extra) {
        ZipParts z = ZipParts.of(corpus("jinhu2023.docx"));
        for (int i = 0; i < extra; i++) {
            z.put("customXml/item" + i + ".xml", "<a/>");
        }
        return z.toBytes();
    }
}
