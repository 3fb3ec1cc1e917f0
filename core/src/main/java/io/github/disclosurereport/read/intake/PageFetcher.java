package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.ReportReadException.Reason;
import io.github.disclosurereport.read.source.LimitRefusals;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a published report by its address (JDK HttpClient): http and https only, redirects followed by hand so
 * that each hop is checked and their number bounded, connect and answer timeouts, and the body read only up to the
 * reader's file-size limit — the same limits as a file, and one line saying what went wrong.
 */
public final class PageFetcher {

    /** Redirects followed before giving up (sites redirect http → https → a CMS path; more is a loop). */
    static final int MAX_REDIRECTS = 5;

    private final ReadLimits limits;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    /** Made at the first fetch: building one loads the TLS stack and the trusted certificates, a tenth of a second
     *  that reading a local file, which is most reads, should not pay. */
    private volatile HttpClient client;

    /**
     * @param limits         the file-size limit applies to the page's body
     * @param connectTimeout how long to wait for a connection
     * @param answerTimeout  how long to wait for the whole answer
     */
    public PageFetcher(ReadLimits limits, Duration connectTimeout, Duration answerTimeout) {
        this.limits = limits;
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
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
     * The body at the address, after at most {@link #MAX_REDIRECTS} redirects.
     *
     * @throws ReportReadException NOT_FOUND when the address is malformed, unreachable, times out or answers an
     *                             error; LIMIT_EXCEEDED when the body is larger than the file-size limit
     */
    public byte[] fetch(URI address) throws ReportReadException {
        URI at = address;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(at, address);
            HttpResponse<InputStream> answer = send(at, address);
            int status = answer.statusCode();
            if (status >= 300 && status < 400) {
                Optional<String> next = answer.headers().firstValue("Location");
                closeQuietly(answer.body());
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
                closeQuietly(answer.body());
                throw failed(address, "网站返回错误（HTTP " + status + "），网页打不开",
                        "the site answered HTTP " + status);
            }
            return body(answer, address);
        }
        throw failed(address, "网址跳转超过 " + MAX_REDIRECTS + " 次（可能循环跳转）",
                "more than " + MAX_REDIRECTS + " redirects (a loop?)");
    }

    private HttpResponse<InputStream> send(URI at, URI address) throws ReportReadException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(at).timeout(answerTimeout).GET()
                    .header("User-Agent", "disclosure-report (annual report checker)")
                    .header("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8").build();
        } catch (IllegalArgumentException e) {
            throw failed(address, "网址无效", "not a valid address");
        }
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw failed(address, "连接网站超时（" + connectTimeout.toSeconds() + " 秒）", "connecting timed out");
        } catch (HttpTimeoutException e) {
            throw failed(address, "网站在 " + answerTimeout.toSeconds() + " 秒内没有答复", "the site did not answer in time");
        } catch (ConnectException | UnknownHostException e) {
            throw failed(address, "无法连接网站（地址错误或网络不通）", "cannot connect to the site");
        } catch (IOException e) {
            throw failed(address, "下载网页时出错：" + why(e), "the download failed: " + why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(address, "下载被中断", "the download was interrupted");
        }
    }

    /** The body, refused once it passes the file-size limit (a declared length says so before reading). */
    private byte[] body(HttpResponse<InputStream> answer, URI address) throws ReportReadException {
        long declared = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
        byte[] content;
        try (InputStream in = answer.body()) {
            // ReportReadException is an IOException: the refusals are thrown outside this block
            content = declared > limits.maxFileBytes() ? null
                    : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (HttpTimeoutException e) {
            throw failed(address, "网站在 " + answerTimeout.toSeconds() + " 秒内没有传完网页", "the download timed out");
        } catch (IOException e) {
            throw failed(address, "下载网页时出错：" + why(e), "the download failed: " + why(e));
        }
        if (content == null) {
            throw tooLarge(address, declared);
        }
        if (content.length > limits.maxFileBytes()) {
            throw tooLarge(address, content.length);
        }
        return content;
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
    private static String why(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the answer is being discarded; nothing of it is used
        }
    }
}
