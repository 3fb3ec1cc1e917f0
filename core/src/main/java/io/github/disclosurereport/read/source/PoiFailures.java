package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;

/** Turns whatever POI throws into one clear {@link ReportReadException}, so that no POI internals leak out. */
public final class PoiFailures {

    private PoiFailures() {
    }

    public static ReportReadException translate(Throwable e, String fileName, String expectedType) {
        if (e instanceof ReportReadException r) {
            return r;
        }
        if (e instanceof LimitRefusals.Exceeded x) {
            return x.refusal();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        if (e instanceof EncryptedDocumentException) {
            return new ReportReadException(ReportReadException.Reason.ENCRYPTED,
                    fileName + ": " + expectedType + " 文件设有打开密码（已加密），请在 Word、WPS 或 Excel 中去掉密码后另存再读取"
                            + " / a password-protected " + expectedType + " file; remove the password and save it again", e);
        }
        if (e instanceof OldFileFormatException) {
            return new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE, fileName
                    + ": 是 Word 6.0/95 或 Excel 5.0/95 等过旧格式的文件，请用 Word、WPS 或 Excel 打开后另存为 .docx/.xlsx 再读取"
                    + " / an old Word 6.0/95 or Excel 5.0/95 file; open it and save it as .docx/.xlsx", e);
        }
        if (detail.contains("Zip bomb") || detail.contains("ZipSecureFile") || detail.contains("exceeds the max")
                || detail.contains("maximum")) {
            // POI's own JVM-wide second line (ZipSecureFile); this library never changes it, see ReadLimits
            return new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED,
                    fileName + ": 文件解压后过大或压缩比异常，已按安全上限拒绝读取；请确认选对了文件"
                            + " / refused by POI's JVM-wide safety limit (ZipSecureFile): " + detail, e);
        }
        if (e instanceof OLE2NotOfficeXmlFileException || e instanceof ODFNotOfficeXmlFileException
                || e instanceof NotOfficeXmlFileException || e instanceof UnsupportedFileFormatException
                || e instanceof InvalidFormatException) {
            return new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE,
                    fileName + ": 不是" + expectedType + "文件 / not a " + expectedType + " file: " + detail, e);
        }
        return new ReportReadException(ReportReadException.Reason.CORRUPT,
                fileName + ": " + expectedType + "文件已损坏，无法读取 / damaged " + expectedType + " file: " + detail, e);
    }

    /** POI's message reduced to one short line: it is shown after the clerk-facing text. */
    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).replace('\r', ' ').strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
