package io.github.disclosurereport.read.intake;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.ReportReader;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.read.ReadLimits;
import io.github.disclosurereport.read.ReportReadException;
import io.github.disclosurereport.read.ReportReadException.Reason;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports read from their published address, served by a local server (never the internet). */
class PageFetcherTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String STALE_META_TITLE = "金湖县人民政府办公室2023年度政府信息公开工作年度报告";
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ndbg/pingtan.htm", x -> send(x, 200, "text/html",
                Files.readAllBytes(CORPUS.resolve("pingtan2023.page.html"))));
        server.createContext("/ndbg/jinhu.docx", x -> send(x, 200, "application/octet-stream",
                Files.readAllBytes(CORPUS.resolve("jinhu2023.docx"))));
        server.createContext("/old", x -> redirect(x, "/ndbg/pingtan.htm"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/ftp", x -> redirect(x, "ftp://example.invalid/x"));
        server.createContext("/gone", x -> send(x, 404, "text/html", "<p>404</p>".getBytes()));
        server.createContext("/big", x -> send(x, 200, "text/html", new byte[3000]));
        server.createContext("/big-chunked", x -> { // no Content-Length: cut off while it arrives
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write(new byte[1000]);
                }
            } catch (IOException gone) {
                // the client stopped reading at its limit
            }
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, "text/html", "<p>late</p>".getBytes());
        });
        String pingtan = Files.readString(CORPUS.resolve("pingtan2023.page.html"));
        // a GBK page with no charset in it: only the answer's header names it
        server.createContext("/gbk.htm", x -> send(x, 200, "text/html; charset=gbk",
                pingtan.replace("charset=\"utf-8\" ", "").getBytes("GBK")));
        // a CMS template's stale gb2312 meta over a page the site serves, and names, as UTF-8: this title's UTF-8
        // bytes are valid GB18030 too, so only the header tells them apart
        server.createContext("/stale-meta.htm", x -> send(x, 200, "text/html;charset=\"UTF-8\"", ("<html><head>"
                + "<meta http-equiv=\"content-type\" content=\"text/html; charset=gb2312\"></head><body>"
                + "<h1>" + STALE_META_TITLE + "</h1></body></html>").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/trickle", x -> {
            // the headers at once, then a byte every 100 ms: never done within any sensible time
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            try (OutputStream out = x.getResponseBody()) {
                while (System.nanoTime() < until) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException gone) {
                // the client gave up: what the test wants
            }
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "page-fetcher-test");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().add("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static Report read(String path) throws ReportReadException {
        return DisclosureReports.defaults().reader().read(URI.create(base + path));
    }

    @Test
    void aPublishedPageIsReadFromItsAddressAfterARedirect() throws Exception {
        Report page = read("/old");
        assertThat(page.cells()).hasSize(200);
        assertThat(page.cell("T3:R1:total").orElseThrow().value()).isEqualByComparingTo("81");
        assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(page.source().fileName()).isEqualTo(base + "/old");
    }

    @Test
    void aLinkedWordFileIsReadByItsContent() throws Exception {
        Report docx = read("/ndbg/jinhu.docx");
        assertThat(docx.cells()).hasSize(200);
        assertThat(docx.source().fileType()).isEqualTo("docx");
    }

    @Test
    void whatCannotBeFetchedIsRefusedInOneLine() {
        assertThatThrownBy(() -> read("/gone")).isInstanceOf(ReportReadException.class)
                .hasMessage(base + "/gone: 网站返回错误（HTTP 404），网页打不开 / the site answered HTTP 404");
        assertThatThrownBy(() -> read("/loop")).hasMessageContaining("网址跳转超过 5 次");
        assertThatThrownBy(() -> read("/ftp")).hasMessageContaining("网址跳转到了不是 http/https 的地址");
        assertThatThrownBy(() -> DisclosureReports.defaults().reader().read(URI.create("file:///etc/passwd")))
                .hasMessageContaining("只能读取 http:// 或 https:// 网址");
        assertThatThrownBy(() -> DisclosureReports.defaults().reader().read(URI.create("http://127.0.0.1:1/x")))
                .extracting(e -> ((ReportReadException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void theFileSizeLimitAndTheTimeoutHoldForPagesToo() {
        ReportReader small = DisclosureReports.defaults().withLimits(ReadLimits.DEFAULT.withMaxFileBytes(1000))
                .reader();
        assertThatThrownBy(() -> small.read(URI.create(base + "/big"))).isInstanceOf(ReportReadException.class)
                .hasMessageContaining("网页过大").hasMessageContaining("上限 1000 字节")
                .extracting(e -> ((ReportReadException) e).limit().orElseThrow()).isEqualTo("maxFileBytes");
        assertThatThrownBy(() -> small.read(URI.create(base + "/big-chunked")))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("上限 1000 字节")
                .extracting(e -> ((ReportReadException) e).limit().orElseThrow()).isEqualTo("maxFileBytes");
        PageFetcher impatient = new PageFetcher(ReadLimits.DEFAULT, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(30));
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/slow")))
                .hasMessageContaining("秒内没有答复");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_900));
    }

    @Test
    void aPageIsDecodedInTheCharsetItsAnswerNames() throws Exception {
        Report gbk = read("/gbk.htm");
        assertThat(gbk.metadata().title()).isEqualTo("平潭综合实验区2023年度政府信息公开工作年度报告");
        assertThat(gbk.cells()).hasSize(200);
        assertThat(gbk.cell("T3:R1:total").orElseThrow().value()).isEqualByComparingTo("81");
        assertThat(read("/stale-meta.htm").metadata().title()).isEqualTo(STALE_META_TITLE);
        assertThat(new PageFetcher(ReadLimits.DEFAULT, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5)).fetch(URI.create(base + "/stale-meta.htm")).charset()).contains("UTF-8");
    }

    @Test
    void aBodyTrickledForeverIsCutOffAtTheDownloadTimeout() {
        // the headers come at once, so only a bound on the whole download stops it
        PageFetcher impatient = new PageFetcher(ReadLimits.DEFAULT, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(1));
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/trickle")))
                .isInstanceOf(ReportReadException.class)
                .hasMessage(base + "/trickle: 网站在 1 秒内没有传完网页 / the download did not finish in 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
    }

    @Test
    void webAddressesAreToldFromFileNames() {
        assertThat(ReportReader.isWebAddress("https://www.gov.cn/x.htm")).isTrue();
        assertThat(ReportReader.isWebAddress(" HTTP://a/b")).isTrue();
        assertThat(ReportReader.isWebAddress("报告.docx")).isFalse();
        assertThat(ReportReader.isWebAddress("C:\\\\reports\\\\http.docx")).isFalse();
    }
}
