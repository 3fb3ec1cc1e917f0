package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;

/** The refusal of a file that hit a safety limit, worded once: what was too large and how large. */
public final class LimitRefusals {

    private LimitRefusals() {
    }

    /**
     * The one-line refusal for a hit limit: what was too large and how large, in words a clerk reads (not the
     * setting's name, which the exception carries for programs: {@link ReportReadException#limit()}).
     *
     * @param what    what was exceeded and by how much, e.g. 文件过大（70 MB，上限 64 MB）
     * @param setting the {@link io.github.disclosurereport.read.ReadLimits} component, e.g. maxFileBytes
     */
    public static ReportReadException exceeded(String fileName, String what, String setting) {
        return ReportReadException.limitExceeded(fileName + ": " + what + "，已按安全上限拒绝读取；正常的年度报告远小于此上限，"
                + "请确认选对了文件 / refused: over the reader's safety limit; check that this is the right file", setting);
    }

    /**
     * A size as a clerk reads it: 70.3 MB, 18 KB, 900 字节 — never "0 MB" for a small limit.
     *
     * @param bytes the size in bytes
     */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                    java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " 字节";
    }

    /** Unchecked carrier of a limit refusal out of code that cannot throw checked exceptions (grid builders). */
    public static final class Exceeded extends RuntimeException {
        private final ReportReadException refusal;

        public Exceeded(ReportReadException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }

        public ReportReadException refusal() {
            return refusal;
        }
    }
}
