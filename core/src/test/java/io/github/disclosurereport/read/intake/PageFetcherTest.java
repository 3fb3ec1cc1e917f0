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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports read from their published address, served by a local server (never the internet). */
class PageFetcherTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
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
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, "text/html", "<p>late</p>".getBytes());
        });
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
        PageFetcher impatient = new PageFetcher(ReadLimits.DEFAULT, Duration.ofSeconds(1), Duration.ofSeconds(1));
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/slow")))
                .hasMessageContaining("秒内没有答复");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_900));
    }

    @Test
    void webAddressesAreToldFromFileNames() {
        assertThat(ReportReader.isWebAddress("https://www.gov.cn/x.htm")).isTrue();
        assertThat(ReportReader.isWebAddress(" HTTP://a/b")).isTrue();
        assertThat(ReportReader.isWebAddress("报告.docx")).isFalse();
        assertThat(ReportReader.isWebAddress("C:\\\\reports\\\\http.docx")).isFalse();
    }
}
