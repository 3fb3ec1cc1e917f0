package io.github.disclosurereport.cli.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The name a download is saved under: the uploaded file's name without its extension, a Chinese suffix saying what
 * the output is, and the output's extension — e.g. {@code jinhu2023-2021格式.docx}. Only a name for the browser's
 * download; the server never uses it as a path.
 *
 * @param name          the name in full (UTF-8)
 * @param asciiFallback a plain-ASCII name for clients that do not read {@code filename*}
 */
public record DownloadName(String name, String asciiFallback) {

    /**
     * @param uploadName      the uploaded file's display name (see {@link Uploads#displayName})
     * @param suffix          what the output is, e.g. {@code -2021格式}
     * @param asciiSuffix     the same in ASCII, e.g. {@code -2021}
     * @param extension       the output's extension with its dot, e.g. {@code .docx}
     * @return the download name
     */
    static DownloadName of(String uploadName, String suffix, String asciiSuffix, String extension) {
        int dot = uploadName.lastIndexOf('.');
        String base = (dot > 0 ? uploadName.substring(0, dot) : uploadName)
                .replaceAll("[^\\p{L}\\p{N}_\\-（）()\\[\\]【】 .]", "_").strip();
        if (base.isEmpty()) {
            base = "报告";
        }
        String ascii = base.replaceAll("[^A-Za-z0-9_\\-.]", "");
        if (ascii.isEmpty() || ascii.chars().allMatch(c -> c == '.' || c == '_' || c == '-')) {
            ascii = "report";
        }
        return new DownloadName(base + suffix + extension, ascii + asciiSuffix + extension);
    }

    /** {@return the Content-Disposition header value: attachment, with the ASCII name and the UTF-8 name} */
    String contentDisposition() {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
