package io.github.disclosurereport.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A script's call to the API with the JDK's HttpClient: a multipart form of files, as curl -F would send it. */
final class Multipart {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----dr-test-boundary-7d1f";

    /** Field, file name, content — a field may come more than once (a summary's reports). */
    private final List<Object[]> parts = new ArrayList<>();

    Multipart file(String field, Path path) throws IOException {
        return file(field, path.getFileName().toString(), Files.readAllBytes(path));
    }

    Multipart file(String field, String name, byte[] content) {
        parts.add(new Object[] {field, name, content});
        return this;
    }

    HttpResponse<byte[]> post(URI uri) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object[] part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part[0]
                    + "\"; filename=\"" + part[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) part[2]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
