package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a page's bytes in the charset they are really in: older sites declare GB2312 or nothing and write GB18030.
 */
final class HtmlCharsets {

    private HtmlCharsets() {
    }

    /** Declarations that older sites write for what is GB18030 (or a GBK subset of it). */
    static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "windows-936",
            "euc-cn", "x-euc-cn", "csgb2312", "iso-ir-58", "chinese", "ms936");

    /**
     * jsoup's parse with jsoup's charset pick; re-read as GB18030 when the page declares a GB2312/GBK charset, or
     * declares nothing and its bytes are GB18030 but not UTF-8 (older sites leave the declaration out).
     */
    static Document parse(byte[] content, String fileName) throws ReportReadException {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(content), null, "", Parser.htmlParser());
            String declared = doc.charset().name().toLowerCase(Locale.ROOT);
            boolean gb = GB_FAMILY.contains(declared)
                    || declared.equals("utf-8") && !declaresCharset(doc, content) && !decodes(content, "UTF-8")
                    && decodes(content, "GB18030");
            if (gb && Charset.isSupported("GB18030")) {
                doc = Jsoup.parse(new ByteArrayInputStream(content), "GB18030", "", Parser.htmlParser());
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName + ": 网页（HTML）无法解析 / "
                    + "the web page cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** A byte order mark, {@code <meta charset>} or an http-equiv content type naming a charset. */
    static boolean declaresCharset(Document doc, byte[] c) {
        boolean bom = c.length >= 2 && ((c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE
                || (c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF)
                || c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF;
        return bom || doc.select("meta[charset]").size() > 0 || doc.select("meta[content]").stream()
                .anyMatch(m -> m.attr("content").toLowerCase(Locale.ROOT).contains("charset="));
    }

    /** Whether the bytes are valid text in the charset (strict: no malformed or unmappable sequence). */
    static boolean decodes(byte[] content, String charset) {
        try {
            Charset.forName(charset).newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException | RuntimeException e) {
            return false;
        }
    }
}
