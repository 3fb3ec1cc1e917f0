package io.github.disclosurereport.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Detects a file's real type from its content (never from its name) and hands it to the matching source reader.
 */
final class ReportFiles {

    /** Larger than any real report; bigger inputs are refused before anything is parsed. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ReportFiles() {
    }

    static byte[] load(Path path) throws ReportReadException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    path + ": 文件不存在或无法打开 / no such readable file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED, name + ": 文件过大（"
                        + size / (1024 * 1024) + " MB，上限 " + MAX_FILE_BYTES / (1024 * 1024) + " MB） / file too large");
            }
            return Files.readAllBytes(path);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReportReadException(ReportReadException.Reason.NOT_FOUND,
                    name + ": 无法读取文件 / cannot read the file: " + e.getMessage(), e);
        }
    }

    static SourceDocument read(byte[] content, String name) throws ReportReadException {
        if (content.length == 0) {
            throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE,
                    name + ": 文件是空的（0 字节） / the file is empty");
        }
        if (isZip(content)) {
            String kind = zipKind(content);
            if (kind.equals("docx")) {
                return new DocxSourceReader().read(new ByteArrayInputStream(content), name);
            }
            throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE,
                    name + ": 是 ZIP 压缩文件，但不是 Word 文档 / a zip file that is not a Word document");
        }
        throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_TYPE,
                name + ": 不是 Word 或 Excel 文件 / not a Word or Excel file");
    }

    private static boolean isZip(byte[] c) {
        return c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
    }

    /** docx, xlsx or "" from the zip's entry names (only names are read, nothing is inflated). */
    private static String zipKind(byte[] content) throws ReportReadException {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (ZipEntry e = zin.getNextEntry(); e != null && entries < 10_000; e = zin.getNextEntry(), entries++) {
                String n = e.getName();
                if (n.equals("word/document.xml")) {
                    return "docx";
                }
                if (n.equals("xl/workbook.xml")) {
                    return "xlsx";
                }
            }
            return "";
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT,
                    "ZIP 结构损坏 / damaged zip structure: " + e.getMessage(), e);
        }
    }
}
