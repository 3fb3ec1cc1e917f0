package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A page saved as a single file (.mht/.mhtml, "单个文件网页", also what Word and WPS write when a report is saved
 * as a web archive) → neutral intermediate: mime4j splits the MIME multipart message and decodes its first HTML
 * part (quoted-printable or base64, in the charset its header names), which {@link HtmlSourceReader} then reads.
 * The pictures and style sheets beside it are not needed for the text and tables.
 */
public final class MhtSourceReader implements SourceReader {

    /** MIME parts looked at before giving up on finding the page (an archive holds the page and its pictures). */
    private static final int MAX_PARTS = 10_000;

    private final ReadLimits limits;
    private final HtmlSourceReader html;

    /** @param limits the limits the page inside is read by */
    public MhtSourceReader(ReadLimits limits) {
        this.limits = limits;
        this.html = new HtmlSourceReader(limits);
    }

    @Override
    public SourceDocument read(InputStream in, String fileName) throws ReportReadException {
        return read(SourceReader.allBytes(in, fileName), fileName);
    }

    /** Reads a web archive's bytes. */
    public SourceDocument read(byte[] content, String fileName) throws ReportReadException {
        MimeConfig config = new MimeConfig.Builder()
                .setMaxLineLen(-1) // base64 and quoted-printable lines of some savers are long
                .setMaxHeaderLen(64 * 1024)
                .setMaxContentLen(limits.maxFileBytes())
                .build();
        MimeTokenStream stream = new MimeTokenStream(config);
        stream.parse(new ByteArrayInputStream(content));
        try {
            int parts = 0;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM;
                 state = stream.next()) {
                if (state != EntityState.T_BODY) {
                    continue;
                }
                if (++parts > MAX_PARTS) {
                    break;
                }
                BodyDescriptor body = stream.getBodyDescriptor();
                String type = body.getMimeType() == null ? "" : body.getMimeType().toLowerCase(Locale.ROOT);
                if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                    byte[] page = stream.getDecodedInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                            limits.maxFileBytes()));
                    return html.read(page, body.getCharset(), fileName, "mht");
                }
            }
        } catch (IOException | MimeException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT, fileName
                    + ": 网页存档文件（MHT）已损坏，无法拆分读取；请在浏览器中打开后另存为网页（.html）再读取 / the web "
                    + "archive (MHT) is damaged; open it in a browser and save it as .html", e);
        }
        throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT, fileName
                + ": 网页存档文件（MHT）中没有网页正文（HTML），只有图片或其他附件 / the web archive (MHT) holds no "
                + "HTML page, only pictures or other parts");
    }
}
