package io.github.disclosurereport.cli.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What one API call answers: status, content type, body and any extra headers (a download's file name, how many
 * changes a correction made).
 *
 * @param status      HTTP status
 * @param contentType the body's media type
 * @param body        the body
 * @param headers     extra response headers
 */
public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String XLS = "application/vnd.ms-excel";

    /** The media type of an output with this extension (.docx, .xlsx, .xls). */
    static String typeOf(String extension) {
        return switch (extension) {
            case ".xlsx" -> XLSX;
            case ".xls" -> XLS;
            default -> DOCX;
        };
    }

    /** Copies the headers. */
    public Answer {
        headers = Map.copyOf(headers);
    }

    static Answer json(int status, String text) {
        return new Answer(status, JSON, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Answer file(String contentType, byte[] body, DownloadName name, Map<String, String> extra) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(extra);
        h.put("Content-Disposition", name.contentDisposition());
        return new Answer(200, contentType, body, h);
    }
}
