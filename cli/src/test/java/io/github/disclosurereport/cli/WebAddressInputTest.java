package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.model.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands take a published report's address where they take a file (served locally, never the internet). */
class WebAddressInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path PAGE = CORPUS.resolve("pingtan2023.page.html");
    private static HttpServer server;
    private static String address;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = Files.readAllBytes(PAGE);
        server.createContext("/zfxxgk/ndbg/t20240308.htm", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/zfxxgk/ndbg/t20240308.htm";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void parseAndValidateReadTheAddressAsTheyReadTheSavedPage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRun web = CliRun.of("parse", "--json", address);
        assertThat(web.code()).as(web.err()).isZero();
        CliRun file = CliRun.of("parse", "--json", PAGE.toString());
        JsonNode fromWeb = json.readTree(web.out());
        JsonNode fromFile = json.readTree(file.out());
        assertThat(fromWeb.get("cells")).isEqualTo(fromFile.get("cells")).hasSize(200);
        assertThat(fromWeb.get("published").asText()).isEqualTo("2024-03-08");
        ((ObjectNode) fromWeb).remove("source");
        ((ObjectNode) fromFile).remove("source");
        assertThat(fromWeb).isEqualTo(fromFile);

        CliRun validateWeb = CliRun.of("validate", "--json", address);
        CliRun validateFile = CliRun.of("validate", "--json", PAGE.toString());
        assertThat(validateWeb.code()).isEqualTo(validateFile.code());
        assertThat(json.readTree(validateWeb.out()).get("findings").size())
                .isEqualTo(json.readTree(validateFile.out()).get("findings").size());
    }

    @Test
    void convertExportAndFillFromTakeAnAddress(@TempDir Path dir) throws Exception {
        Path converted = dir.resolve("2021.docx");
        Path xlsx = dir.resolve("t.xlsx");
        for (CliRun r : new CliRun[] {
                CliRun.of("convert", address, "-o", converted.toString()),
                CliRun.of("export", address, "-o", xlsx.toString())}) {
            assertThat(r.code()).as(r.err()).isZero();
        }
        Report page = DisclosureReports.read(PAGE);
        for (Path out : new Path[] {converted, xlsx}) {
            WrittenReports.assertSameCells(page, out, "81");
        }
    }

    @Test
    void anAddressThatCannotBeFetchedIsOneLineAndExitTwo() {
        CliRun gone = CliRun.of("parse", address.replace("t20240308", "missing"));
        assertThat(gone.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(gone.err().strip()).doesNotContain("\n").contains("HTTP 404");
        CliRun batch = CliRun.of("validate", "--summary", "s.xlsx", address);
        assertThat(batch.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(batch.err()).contains("网址请逐个校验");
    }
}
