package io.github.disclosurereport.read.source;

import io.github.disclosurereport.read.ReportReadException;

/** The refusal of a file that hit a safety limit, worded once: what was hit, which setting, how to raise it. */
public final class LimitRefusals {

    private LimitRefusals() {
    }

    /** The one-line refusal for a hit limit. */
    public static ReportReadException exceeded(String fileName, String what, String setting) {
        return new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED, fileName + ": " + what
                + "，已拒绝读取；如确为正常文件，可调高 ReadLimits." + setting + " / refused by the safety limit ReadLimits."
                + setting + "; if the file is genuine raise it via DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.with"
                + Character.toUpperCase(setting.charAt(0)) + setting.substring(1) + "(...))");
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
