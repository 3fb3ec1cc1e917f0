package io.github.disclosurereport.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a .docx/.xlsx once, counting, before POI sees the file: a zip bomb, an oversized part or
 * thousands of entries are refused within the reader's {@link ReadLimits}, in bounded memory (nothing is kept).
 */
final class ZipGuard {

    /** Entries smaller than this are not ratio-checked: tiny XML parts compress extremely well and are harmless. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private ZipGuard() {
    }

    static void check(byte[] zip, String name, ReadLimits limits) throws ReportReadException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw limit(name, "压缩包内文件数超过 " + limits.maxEntries() + " 个", "maxEntries");
                }
                long size = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw limit(name, "部件 " + e.getName() + " 解压后超过 " + mb(limits.maxEntryBytes()),
                                "maxEntryBytes");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw limit(name, "解压后总大小超过 " + mb(limits.maxTotalBytes()), "maxTotalBytes");
                    }
                }
                long compressed = e.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && compressed > 0 && (double) compressed / size < limits.minInflateRatio()) {
                    throw limit(name, "部件 " + e.getName() + " 压缩比异常（疑似“压缩炸弹”）", "minInflateRatio");
                }
            }
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(ReportReadException.Reason.CORRUPT,
                    name + ": 压缩结构损坏，文件可能不完整 / damaged zip structure (truncated download?): "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static ReportReadException limit(String name, String what, String setting) {
        return new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED, name + ": " + what
                + "，已拒绝读取；如确为正常文件，可在 ReadLimits." + setting + " 中调高限制 / refused by the safety limit "
                + setting + "; raise it via ReportReader.withLimits(...) if the file is genuine");
    }
}
