package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.text.StrictDecoding;

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
     * Parses the page in the charset its bytes are really in. The declared charset is, as HTML's rules have it, that
     * of a byte order mark, else the {@code hint} from outside the page (an archive part's or an HTTP answer's
     * header; a name Java does not know is ignored), else jsoup's pick from {@code <meta charset>} or http-equiv;
     * it is taken when the bytes decode in it; a GB2312/GBK declaration is read
     * as GB18030, their superset; bytes that do not decode in the declared charset are read as UTF-8 or GB18030,
     * whichever they decode in (older sites leave the declaration out, or copy one from another page).
     *
     * @param hint the charset named outside the page, or null
     */
    static Document parse(byte[] content, String hint, String fileName) throws ReportReadException {
        try {
            String declared = hint != null && !hasByteOrderMark(content) && known(hint.strip())
                    ? hint.strip().toLowerCase(Locale.ROOT) : null;
            Document doc = null;
            if (declared == null) {
                doc = Jsoup.parse(new ByteArrayInputStream(content), null, "", Parser.htmlParser());
                declared = doc.charset().name().toLowerCase(Locale.ROOT);
            }
            String charset = GB_FAMILY.contains(declared) ? "GB18030" : declared;
            if (!StrictDecoding.decodes(content, charset)) {
                charset = StrictDecoding.decodes(content, "UTF-8") ? "UTF-8"
                        : StrictDecoding.decodes(content, "GB18030") ? "GB18030" : charset;
            }
            if (doc == null || !charset.equalsIgnoreCase(doc.charset().name())) {
                doc = Jsoup.parse(new ByteArrayInputStream(content), charset, "", Parser.htmlParser());
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName + ": 网页（HTML）无法解析 / "
                    + "the web page cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** UTF-8's or UTF-16's byte order mark: it names the charset whatever a header or meta says. */
    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
                || content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE);
    }

    /** Whether Java has the charset; a malformed name ({@code charset="utf 8"}) is unknown, not a failure. */
    private static boolean known(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
