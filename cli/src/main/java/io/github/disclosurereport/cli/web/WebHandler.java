package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.cli.Failures;
import io.github.disclosurereport.read.ReportReadException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Answers the web page's HTTP requests on Jetty's core Handler API: the page's static files (a fixed list, read once
 * from the jar), the API's POST routes (each handed to {@link ApiActions}), and every failure as one line of JSON
 * ({@code {"error": "…"}}) in the CLI's words — never a stack trace.
 */
final class WebHandler extends Handler.Abstract {

    /** An API route: the work for one path. */
    @FunctionalInterface
    private interface Route {
        Answer answer(ApiActions actions, Uploads in) throws WebInputException, IOException;
    }

    private static final Map<String, Route> ROUTES = Map.of(
            "/api/validate", ApiActions::validate,
            "/api/report", ApiActions::report,
            "/api/convert", ApiActions::convert,
            "/api/correct", ApiActions::correct,
            "/api/export", ApiActions::export,
            "/api/fill", ApiActions::fill,
            "/api/summary", ApiActions::summary);

    /** The routes that take many files (the reports of a summary); the others take a report and its companions. */
    private static final Set<String> MANY_FILES = Set.of("/api/summary");

    /** The page's files: path → resource name and type. Nothing else is served, so no path reaches the disk. */
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"});

    private final Map<String, byte[]> staticFiles;
    private final ApiActions actions;
    private final WebLimits limits;
    private final Set<String> allowedHosts;
    private final boolean debug;
    private final PrintStream log;
    private final Semaphore working;

    /**
     * @param actions      the API's work
     * @param limits       upload limits and how many requests are worked on at once
     * @param allowedHosts the Host names a request may name (the loopback names when bound to loopback, so that a
     *                     web site cannot reach this server through a DNS name of its own), or empty for any
     * @param debug        print stack traces of internal errors to {@code log}
     * @param log          where internal errors are printed
     */
    WebHandler(ApiActions actions, WebLimits limits, Set<String> allowedHosts, boolean debug, PrintStream log) {
        super(InvocationType.BLOCKING);
        this.actions = actions;
        this.limits = limits;
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.debug = debug;
        this.log = log;
        this.working = new Semaphore(limits.maxConcurrent(), true);
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (String[] f : STATIC.values()) {
            files.put(f[0], resource(f[0]));
        }
        this.staticFiles = Map.copyOf(files);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        var headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (!allowedHosts.isEmpty()
                && !allowedHosts.contains(Request.getServerName(request).toLowerCase(Locale.ROOT))) {
            send(response, callback, error(HttpStatus.FORBIDDEN_403,
                    "请用本机地址打开网页版 / open the page at its local address (127.0.0.1)"));
            return true;
        }
        String[] file = STATIC.get(path);
        if (file != null) {
            if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
                send(response, callback, error(HttpStatus.METHOD_NOT_ALLOWED_405, "只能用 GET 打开 / use GET"));
                return true;
            }
            send(response, callback, new Answer(HttpStatus.OK_200, file[1], staticFiles.get(file[0]), Map.of()));
            return true;
        }
        Route route = ROUTES.get(path);
        if (route == null) {
            send(response, callback, error(HttpStatus.NOT_FOUND_404, "没有这个地址 / not found: " + path));
            return true;
        }
        if (!HttpMethod.POST.is(method)) {
            send(response, callback, error(HttpStatus.METHOD_NOT_ALLOWED_405,
                    "请用 POST 上传文件 / use POST with a multipart form"));
            return true;
        }
        send(response, callback, work(route, request,
                MANY_FILES.contains(path) ? limits.maxSummaryFiles() : limits.maxFiles()));
        return true;
    }

    /**
     * The API call's answer, or its failure as one line; at most {@link WebLimits#maxConcurrent()} at once.
     *
     * @param maxFiles how many files the call takes
     */
    private Answer work(Route route, Request request, int maxFiles) {
        boolean acquired = false;
        try {
            acquired = working.tryAcquire(2, TimeUnit.MINUTES);
            if (!acquired) {
                return error(HttpStatus.SERVICE_UNAVAILABLE_503, "正忙，请稍后再试 / busy, try again shortly");
            }
            Uploads in = Uploads.read(request, limits, maxFiles);
            return route.answer(actions, in);
        } catch (WebInputException e) {
            return error(e.status(), e.getMessage());
        } catch (ReportReadException e) {
            return error(e.reason() == ReportReadException.Reason.LIMIT_EXCEEDED
                    ? HttpStatus.PAYLOAD_TOO_LARGE_413 : HttpStatus.BAD_REQUEST_400, Failures.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(HttpStatus.SERVICE_UNAVAILABLE_503, "服务正在停止 / the server is stopping");
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // an input the library could not read in its own words, or a fault of ours
            if (debug) {
                e.printStackTrace(log);
            }
            return error(e instanceof IOException ? HttpStatus.BAD_REQUEST_400
                    : HttpStatus.INTERNAL_SERVER_ERROR_500, oneLine(e));
        } finally {
            if (acquired) {
                working.release();
            }
        }
    }

    /**
     * The line a web user reads for a failure that is no refusal of the input: an I/O failure or exhausted memory in
     * the commands' words; a fault of ours as one Chinese line — the exception's text and the command line's
     * {@code --debug} mean nothing to someone at a browser (with {@code serve --debug} the trace goes to the log).
     */
    static String oneLine(Throwable e) {
        if (e instanceof IOException || e instanceof OutOfMemoryError) {
            return Failures.oneLine(e);
        }
        return INTERNAL_ERROR;
    }

    /** What a browser is told of a fault of ours. */
    static final String INTERNAL_ERROR = "内部错误，未能处理该文件，请稍后重试；如仍出错，请把该文件交给维护人员 / internal error: "
            + "the file could not be processed";

    /**
     * What Jetty answers itself (a malformed request line, headers too large): one line of JSON like every other
     * failure, instead of its own HTML error page.
     */
    static boolean jettyError(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.BAD_REQUEST_400;
        send(response, callback, error(status, "请求无效 / bad request (HTTP " + status + ")"));
        return true;
    }

    private static Answer error(int status, String line) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("error", line);
        return Answer.json(status, o.toString() + "\n");
    }

    private static void send(Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        answer.headers().forEach((k, v) -> response.getHeaders().put(new HttpField(k, v)));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        if (answer.status() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
            // the rest of a refused body may be left unread, and the server then drops the connection: said here so
            // that a client does not send its next request down a connection about to close
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebHandler.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
