package io.github.disclosurereport.cli.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one API request, read from its multipart form by Jetty's parser within the {@link WebLimits} and held
 * in memory (never spilled to disk). A client's file name is kept only as a name to show and to derive download
 * names from; it is never a path.
 */
public final class Uploads {

    /** Most bytes of a refused request read and dropped so that its client, still sending, hears the refusal. */
    static final long MAX_DISCARDED = 256L << 20;

    /**
     * Reads and drops what is left of a refused request's body (at most {@link #MAX_DISCARDED} bytes, or four times
     * the request limit if that is less): a client that sends the whole body before it reads the answer (the JDK's
     * HttpClient, curl without Expect) otherwise finds the connection closed under it and never sees the one-line
     * refusal.
     */
    private static void discardRest(Request request, WebLimits limits) {
        long left = Math.min(MAX_DISCARDED, 4 * limits.maxRequestBytes());
        try {
            InputStream in = Content.Source.asInputStream(request);
            byte[] buffer = new byte[64 * 1024];
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the body failed or was already consumed by the parser: the refusal is answered all the same
        }
    }

    /**
     * The form fields the API knows: the report, its separate statistics table, last year's report, a template, and
     * the reports of a summary ({@link #MANY}).
     */
    public static final Set<String> FIELDS = Set.of("file", "statistics", "previous", "template", "reports");

    /** The one field that may be given many times: the reports of a summary. */
    public static final String MANY = "reports";

    /**
     * One uploaded file.
     *
     * @param field    the form field it came in
     * @param fileName the client's file name reduced to a safe display name (no folders, no control characters)
     * @param content  the bytes
     */
    public record Upload(String field, String fileName, byte[] content) {
    }

    private final Map<String, Upload> byField;
    private final List<Upload> many;

    private Uploads(Map<String, Upload> byField, List<Upload> many) {
        this.byField = byField;
        this.many = List.copyOf(many);
    }

    /**
     * Reads the request's multipart form, of at most {@link WebLimits#maxFiles()} files.
     *
     * @param request the request
     * @param limits  how many and how large files may be
     * @return the files by field
     * @throws WebInputException 400 when the body is no multipart form or names an unknown or repeated field, 413
     *                           when a file or the whole request is too large or holds too many parts
     * @throws IOException       when the connection fails while reading
     */
    public static Uploads read(Request request, WebLimits limits) throws WebInputException, IOException {
        return read(request, limits, limits.maxFiles());
    }

    /**
     * Reads the request's multipart form.
     *
     * @param request  the request
     * @param limits   how large files may be
     * @param maxFiles how many files this call takes (a summary takes {@link WebLimits#maxSummaryFiles()})
     * @return the files by field
     * @throws WebInputException 400 when the body is no multipart form or names an unknown or repeated field, 413
     *                           when a file or the whole request is too large or holds too many parts
     * @throws IOException       when the connection fails while reading
     */
    public static Uploads read(Request request, WebLimits limits, int maxFiles)
            throws WebInputException, IOException {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String boundary = contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/form-data") ? null : MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new WebInputException(HttpStatus.BAD_REQUEST_400,
                    "请以 multipart/form-data 表单上传文件（字段 file） / upload the files as multipart/form-data (field 'file')");
        }
        long declared = request.getLength();
        if (declared > limits.maxRequestBytes()) {
            discardRest(request, limits);
            throw tooLarge(limits, maxFiles);
        }
        MultiPartConfig config = new MultiPartConfig.Builder()
                .maxParts(maxFiles)
                .maxPartSize(limits.maxFileBytes())
                .maxMemoryPartSize(limits.maxFileBytes()) // every part stays in memory: nothing is written to disk
                .maxSize(limits.maxRequestBytes())
                .useFilesForPartsWithoutFileName(false)
                .build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, contentType, config);
        } catch (RuntimeException e) {
            discardRest(request, limits);
            throw tooLargeOrMalformed(e, limits, maxFiles);
        }
        try (parts) {
            Map<String, Upload> out = new LinkedHashMap<>();
            List<Upload> repeated = new ArrayList<>();
            for (MultiPart.Part part : parts) {
                String field = part.getName() == null ? "" : part.getName();
                if (!FIELDS.contains(field)) {
                    throw new WebInputException(HttpStatus.BAD_REQUEST_400, "未知的表单字段 / unknown form field: “"
                            + displayName(field) + "”（可用 / known: file, statistics, previous, template, reports）");
                }
                if (field.equals(MANY)) {
                    byte[] content;
                    try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
                        content = in.readAllBytes();
                    }
                    repeated.add(new Upload(field, displayName(part.getFileName()), content));
                    continue;
                }
                if (out.containsKey(field)) {
                    throw new WebInputException(HttpStatus.BAD_REQUEST_400,
                            "字段 " + field + " 只能上传一个文件 / one file per field: " + field);
                }
                byte[] content;
                try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
                    content = in.readAllBytes();
                }
                out.put(field, new Upload(field, displayName(part.getFileName()), content));
            }
            return new Uploads(out, repeated);
        }
    }

    /**
     * The file of a field, if one was uploaded.
     *
     * @param field the form field
     * @return the upload
     */
    public Optional<Upload> get(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    /**
     * The files of the field that may be given many times ({@link #MANY}), in the order sent.
     *
     * @return the uploads, possibly none
     */
    public List<Upload> many() {
        return many;
    }

    /**
     * The file of a field the call needs.
     *
     * @param field the form field
     * @param what  what the field holds, in Chinese, e.g. 报告 (for the message)
     * @return the upload
     * @throws WebInputException 400 naming the field when it is missing
     */
    public Upload required(String field, String what) throws WebInputException {
        Upload u = byField.get(field);
        if (u == null) {
            throw new WebInputException(HttpStatus.BAD_REQUEST_400,
                    "请上传" + what + "（表单字段 " + field + "） / missing the file in form field '" + field + "'");
        }
        return u;
    }

    /**
     * A client's file name reduced to something safe to show and to name downloads after: the last part of any
     * path (a browser on Windows may send {@code C:\...\报告.docx}), without control characters, at most 100
     * characters.
     *
     * @param clientName what the client sent, or null
     * @return the display name, never empty
     */
    static String displayName(String clientName) {
        String name = clientName == null ? "" : clientName;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"<>|*?:]", "").strip();
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "上传的文件" : name;
    }

    private static WebInputException tooLargeOrMalformed(RuntimeException e, WebLimits limits, int maxFiles) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("max") || m.contains("size") || m.contains("too")) {
                return tooLarge(limits, maxFiles);
            }
        }
        return new WebInputException(HttpStatus.BAD_REQUEST_400,
                "上传的表单不完整或已损坏 / the multipart form is incomplete or malformed");
    }

    private static WebInputException tooLarge(WebLimits limits, int maxFiles) {
        return new WebInputException(HttpStatus.PAYLOAD_TOO_LARGE_413, "上传的文件过大或过多：每个文件不超过 "
                + (limits.maxFileBytes() >> 20) + " MB，每次最多 " + maxFiles + " 个文件、共 "
                + (limits.maxRequestBytes() >> 20) + " MB / upload too large: at most " + (limits.maxFileBytes() >> 20)
                + " MB a file, " + maxFiles + " files and " + (limits.maxRequestBytes() >> 20) + " MB a request");
    }
}
