package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.source.LimitRefusals;
import io.github.disclosurereport.read.source.PackageParts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a .docx/.xlsx once, counting, before POI sees the file: a zip bomb, an oversized part or
 * thousands of entries are refused within the reader's {@link ReadLimits} as soon as a limit is crossed (the inflate
 * ratio is watched while inflating, not after). The parts it inflated are kept ({@link PackageParts}, at most
 * {@code maxTotalBytes}) and given to POI, which would otherwise inflate them all again.
 */
final class ZipGuard {

    /**
     * Entries smaller than this are not ratio-checked: tiny XML parts compress extremely well and are harmless.
     * The same grace as POI's own check, so that ours (per reader, named in the message) is hit before POI's.
     */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private ZipGuard() {
    }

    static PackageParts inflate(byte[] zip, String name, ReadLimits limits) throws ReportReadException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        // position in the raw bytes, so the compressed bytes consumed so far are known while an entry inflates
        ByteArrayInputStream raw = new ByteArrayInputStream(zip);
        try (ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw LimitRefusals.exceeded(name, "压缩包内文件数超过 " + limits.maxEntries() + " 个", "maxEntries");
                }
                if (!names.add(e.getName())) {
                    // two parts of one name: different programs would read different documents from this file
                    throw new ReportReadException(ReportReadException.Reason.CORRUPT, name + ": 压缩包内有两个同名部件 "
                            + shortName(e) + "（文件已损坏或被篡改），请重新获取原文件 / a .docx/.xlsx with a duplicated "
                            + "part (damaged or tampered with); get the original file again");
                }
                long start = zip.length - raw.available();
                long size = 0;
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                WordScan scan = e.getName().equals("word/document.xml") ? new WordScan(name, limits, false)
                        : e.getName().startsWith("xl/worksheets/") ? new WordScan(name, limits, true) : null;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (scan != null) {
                        scan.feed(buffer, n);
                    }
                    part.write(buffer, 0, n);
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw LimitRefusals.exceeded(name, "部件 " + shortName(e) + " 解压后超过 "
                                + LimitRefusals.size(limits.maxEntryBytes()), "maxEntryBytes");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw LimitRefusals.exceeded(name, "解压后总大小超过 " + LimitRefusals.size(limits.maxTotalBytes()),
                                "maxTotalBytes");
                    }
                    long compressed = zip.length - raw.available() - start;
                    if (size > RATIO_GRACE_BYTES && (double) compressed / size < limits.minInflateRatio()) {
                        throw LimitRefusals.exceeded(name, "部件 " + shortName(e) + " 压缩比异常（疑似“压缩炸弹”，"
                                + "压缩 " + compressed + " 字节解出 " + size + " 字节以上）", "minInflateRatio");
                    }
                }
                parts.put(e.getName(), part.toByteArray());
            }
            return new PackageParts(parts);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT,
                    name + ": 是 Word/Excel（.docx/.xlsx）文件，但压缩结构已损坏（可能下载、复制或保存时中断），请重新获取原文件"
                            + " / a .docx/.xlsx file with a damaged zip structure (truncated download?): "
                            + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * Counts, while inflating a Word body (or a worksheet: its cells), the cells of each table and the characters of text, so that a huge
     * table or text is refused before POI builds objects for it (which takes seconds and gigabytes). A table has
     * at least as many grid positions as cells, so refusing on the cell count never refuses a table the readers'
     * own rows × columns check would accept. Tags are matched by their usual {@code w:} prefix; a file using
     * another prefix is still checked by the readers, only later.
     */
    static final class WordScan {
        private final String fileName;
        private final ReadLimits limits;
        /** A worksheet: its {@code <c>} cells are counted, as if the sheet were one table. */
        private final boolean sheet;
        private final long[] cells = new long[256]; // per open table (nesting level): its cells so far
        private int depth;
        private final StringBuilder tag = new StringBuilder();
        private boolean inTag; // reading a tag's name
        private boolean inTagRest; // past the name, until '>'
        private boolean textAfterTag; // the tag being finished is a w:t start tag
        private boolean inText;
        private long textChars;

        WordScan(String fileName, ReadLimits limits, boolean sheet) {
            this.fileName = fileName;
            this.limits = limits;
            this.sheet = sheet;
        }

        void feed(byte[] data, int length) throws ReportReadException {
            for (int i = 0; i < length; i++) {
                byte b = data[i];
                if (inTag) {
                    if (b == '>' || b == ' ' || b == '/' && tag.length() > 0 || b == '\t' || b == '\n' || b == '\r') {
                        inTag = false;
                        endOfName(b);
                        if (b == '>') {
                            inText = textAfterTag;
                        } else {
                            inTagRest = true;
                        }
                    } else if (tag.length() < 8) {
                        tag.append((char) b);
                    }
                } else if (inTagRest) {
                    if (b == '/') {
                        textAfterTag = false; // <w:t/>: empty
                    } else if (b == '>') {
                        inTagRest = false;
                        inText = textAfterTag;
                    }
                } else if (b == '<') {
                    inTag = true;
                    inText = false;
                    tag.setLength(0);
                } else if (inText && (b & 0xC0) != 0x80) { // a UTF-8 lead byte: one character
                    if (++textChars > limits.maxTextChars()) {
                        throw LimitRefusals.exceeded(fileName, "文档文字超过 " + limits.maxTextChars() + " 个字符",
                                "maxTextChars");
                    }
                }
            }
        }

        private void endOfName(byte terminator) throws ReportReadException {
            // compared in place: a String per tag was most of this scan's time (a body has tens of thousands of tags)
            textAfterTag = tagIs("w:t") && terminator != '/';
            if (sheet) {
                // a sheet with more cells than a table may have is no statistics sheet (the table is part of it)
                if (tagIs("c") && ++cells[0] > limits.maxTableCells()) {
                    throw LimitRefusals.exceeded(fileName, "工作表中的单元格超过 " + limits.maxTableCells() + " 个",
                            "maxTableCells");
                }
                return;
            }
            if (tagIs("w:tbl")) {
                if (terminator == '/') {
                    return; // <w:tbl/>: an empty table, nothing to count
                }
                if (depth < cells.length) {
                    cells[depth] = 0;
                }
                depth++;
            } else if (tagIs("/w:tbl")) {
                depth = Math.max(0, depth - 1);
            } else if (tagIs("w:tc")) {
                if (depth > 0 && depth <= cells.length && ++cells[depth - 1] > limits.maxTableCells()) {
                    throw LimitRefusals.exceeded(fileName, "文档中有表格超过 " + limits.maxTableCells() + " 个单元格",
                            "maxTableCells");
                }
            }
        }

        private boolean tagIs(String name) {
            if (tag.length() != name.length()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                if (tag.charAt(i) != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String shortName(ZipEntry e) {
        return oneLine(e.getName().length() > 80 ? e.getName().substring(0, 80) + "…" : e.getName());
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
