package io.github.disclosurereport.cli;

import io.github.disclosurereport.read.ReportReadException;

/** One clear line for any failure; stack traces only with --debug. */
final class Failures {

    private Failures() {
    }

    static String oneLine(Throwable e) {
        if (e instanceof ReportReadException r) {
            return "无法读取 / cannot read: " + r.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "内存不足，文件可能过大 / out of memory: the file may be too large";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "内部错误，请用 --debug 重新运行并报告 / internal error (rerun with --debug and report it): " + m;
    }
}
