package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.read.source.LimitRefusals;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a published report by its address (JDK HttpClient): http and https only, redirects followed by hand so
 * that each hop is checked and their number bounded, connect and answer timeouts, the whole download bounded in time
 * (a site that trickles its body never holds a reader for ever), and the body read only up to the reader's
 * file-size limit — the same limits as a file, and one line saying what went wrong.
 */
public final class PageFetcher {

    /** Redirects followed before giving up (sites redirect http → https → a CMS path; more is a loop). */
    static final int MAX_REDIRECTS = 5;

    /**
     * What an address answered.
     *
     * @param content the body's bytes
     * @param charset the charset its {@code Content-Type} names ({@code text/html; charset=gbk}), if any — for a
     *                page, the declared one (HTML's rules: after a byte order mark, before {@code <meta charset>})
     */
    public record Fetched(byte[] content, Optional<String> charset) {
    }

    private final ReadLimits limits;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final Duration downloadTimeout;
    /** Made at the first fetch: building one loads the TLS stack and the trusted certificates, a tenth of a second
     *  that reading a local file, which is most reads, should not pay. */
    private volatile HttpClient client;

    /**
     * @param limits          the file-size limit applies to the page's body
     * @param connectTimeout  how long to wait for a connection
     * @param answerTimeout   how long to wait for the answer's headers
     * @param downloadTimeout how long the whole fetch may take, redirects and bodies included
     */
    public PageFetcher(ReadLimits limits, Duration connectTimeout, Duration answerTimeout, Duration downloadTimeout) {
        this.limits = limits;
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
        this.downloadTimeout = downloadTimeout;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Whether the text is an address this fetcher takes (http:// or https://). */
    public static boolean isWebAddress(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The body at the address, after at most {@link #MAX_REDIRECTS} redirects, with the charset its answer names.
     *
     * @throws ReportReadException NOT_FOUND when the address is malformed, unreachable, times out or answers an
     *                             error; LIMIT_EXCEEDED when the body is larger than the file-size limit
     */
    public Fetched fetch(URI address) throws ReportReadException {
        long deadline = System.nanoTime() + downloadTimeout.toNanos();
        URI at = address;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(at, address);
            HttpResponse<byte[]> answer = send(at, address, deadline);
            int status = answer.statusCode();
            if (status >= 300 && status < 400) {
                Optional<String> next = answer.headers().firstValue("Location");
                if (next.isEmpty()) {
                    throw failed(address, "网址跳转时没有给出新地址（HTTP " + status + "）",
                            "a redirect (HTTP " + status + ") without a Location");
                }
                try {
                    at = at.resolve(next.get().strip());
                } catch (IllegalArgumentException e) {
                    throw failed(address, "网址跳转到了无效的地址", "a redirect to an invalid address");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw failed(address, "网站返回错误（HTTP " + status + "），网页打不开",
                        "the site answered HTTP " + status);
            }
            long declared = declaredLength(answer.headers());
            if (declared > limits.maxFileBytes()) {
                throw tooLarge(address, declared);
            }
            byte[] content = answer.body();
            if (content.length > limits.maxFileBytes()) {
                throw tooLarge(address, content.length);
            }
            return new Fetched(content, charset(answer.headers()));
        }
        throw failed(address, "网址跳转超过 " + MAX_REDIRECTS + " 次（可能循环跳转）",
                "more than " + MAX_REDIRECTS + " redirects (a loop?)");
    }

    /**
     * One hop's answer with its body, within what is left of the download's time: the body of a page is kept up
     * to one byte over the file-size limit; that of a redirect or an error is not kept at all.
     */
    private HttpResponse<byte[]> send(URI at, URI address, long deadline) throws ReportReadException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(at).timeout(answerTimeout).GET()
                    .header("User-Agent", "disclosure-report (annual report checker)")
                    .header("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8").build();
        } catch (IllegalArgumentException e) {
            throw failed(address, "网址无效", "not a valid address");
        }
        CompletableFuture<HttpResponse<byte[]>> answer = client().sendAsync(request, info -> {
            boolean page = info.statusCode() >= 200 && info.statusCode() < 300
                    && declaredLength(info.headers()) <= limits.maxFileBytes();
            return new CappedBody(page ? Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1) : 0);
        });
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true); // closes the connection: the site stops sending to nobody
            throw failed(address, "网站在 " + downloadTimeout.toSeconds() + " 秒内没有传完网页",
                    "the download did not finish in " + downloadTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw failed(address, "下载被中断", "the download was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause(), address);
        }
    }

    /** The refusal for what ended a hop: the most telling exception along the cause chain. */
    private ReportReadException failure(Throwable thrown, URI address) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return failed(address, "连接网站超时（" + connectTimeout.toSeconds() + " 秒）", "connecting timed out");
            }
            if (t instanceof HttpTimeoutException) {
                return failed(address, "网站在 " + answerTimeout.toSeconds() + " 秒内没有答复",
                        "the site did not answer in time");
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return failed(address, "无法连接网站（地址错误或网络不通）", "cannot connect to the site");
            }
        }
        String why = why(thrown);
        return failed(address, "下载网页时出错：" + why, "the download failed: " + why);
    }

    private static long declaredLength(HttpHeaders headers) {
        return headers.firstValueAsLong("Content-Length").orElse(-1);
    }

    /** The charset parameter of the answer's Content-Type, unquoted; empty when there is none. */
    static Optional<String> charset(HttpHeaders headers) {
        Optional<String> type = headers.firstValue("Content-Type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String parameter : type.get().split(";")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(eq + 1).strip().replace("\"", "").replace("'", "").strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * A body collected in memory up to {@code cap} bytes, then cut off (the subscription cancelled, so a body
     * larger than the limit is never downloaded whole): at most {@code cap} bytes are kept.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE); // held in memory only up to the cap; past it the download is cancelled
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                int take = (int) Math.min(b.remaining(), cap - bytes.size());
                byte[] chunk = new byte[take];
                b.get(chunk);
                bytes.write(chunk, 0, take);
                if (b.hasRemaining()) { // over the cap: the rest is not wanted
                    subscription.cancel();
                    body.complete(bytes.toByteArray());
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }

    private ReportReadException tooLarge(URI address, long size) {
        return LimitRefusals.exceeded(address.toString(), "网页过大（" + LimitRefusals.size(size) + " 以上，上限 "
                + LimitRefusals.size(limits.maxFileBytes()) + "）", "maxFileBytes");
    }

    private static void checkScheme(URI at, URI address) throws ReportReadException {
        String scheme = at.getScheme() == null ? "" : at.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || at.getHost() == null) {
            throw failed(address, at.equals(address) ? "只能读取 http:// 或 https:// 网址"
                    : "网址跳转到了不是 http/https 的地址（" + at + "）", "only http:// and https:// addresses are read");
        }
    }

    private static ReportReadException failed(URI address, String chinese, String english) {
        return new ReportReadException(Reason.NOT_FOUND, address + ": " + chinese + " / " + english);
    }

    /** The exception's message, or its kind when it has none ("null" helps nobody). */
    private static String why(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
