package io.github.disclosurereport.cli;

import io.github.disclosurereport.BatchResult;
import io.github.disclosurereport.read.ReportReadException;

import java.io.IOException;

/**
 * One clear line for any failure; stack traces only with --debug. The commands and the web page ({@code serve}) show
 * the same lines.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The failure in one line, in Chinese and English.
     *
     * @param e what went wrong
     * @return e.g. 无法读取 / cannot read: …
     */
    public static String oneLine(Throwable e) {
        if (e instanceof ReportReadException r && r.reason() == ReportReadException.Reason.NOT_A_TEMPLATE) {
            return "未填写 / not filled: " + r.getMessage();
        }
        if (e instanceof ReportReadException r) {
            return "无法读取 / cannot read: " + r.getMessage();
        }
        if (e instanceof FormOptions.FormFileException f) {
            return "表格格式文件有误 / bad form file: " + f.getMessage();
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "文件不是 UTF-8 文本 / not UTF-8 text: " + firstLine(e);
        }
        if (e instanceof OutputOptions.OutputExistsException o) {
            return "未写入 / not written: " + o.getMessage();
        }
        if (e instanceof io.github.disclosurereport.cli.web.WebServer.PortInUseException p) {
            return "无法启动网页版 / cannot start the page: " + p.getMessage();
        }
        if (e instanceof java.net.UnknownHostException u) {
            return "无法启动网页版，地址无效 / cannot start the page, unknown address: " + firstLine(u);
        }
        if (e instanceof IOException || e instanceof OutOfMemoryError) {
            // the library's words, so that a batch's list of unreadable files says what a single run prints
            return BatchResult.Unreadable.why(e);
        }
        return "内部错误，请用 --debug 重新运行并报告 / internal error (rerun with --debug and report it): " + firstLine(e);
    }

    private static String firstLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
