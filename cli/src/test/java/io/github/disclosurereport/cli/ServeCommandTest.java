package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.cli.web.WebLimits;
import io.github.disclosurereport.cli.web.WebServer;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}'s own lines: a port already taken, a warning before opening the page to other computers. */
class ServeCommandTest {

    @Test
    void aTakenPortIsOneLineAndExit2() throws Exception {
        try (WebServer running = WebServer.start(DisclosureReports.defaults(), WebServer.LOOPBACK, 0,
                WebLimits.DEFAULT, false, System.err)) {
            int port = running.uri().getPort();
            CliRun r = CliRun.of("serve", "--port", Integer.toString(port));
            assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err().strip()).startsWith("无法启动网页版 / cannot start the page: 端口 " + port + " 已被占用")
                    .doesNotContain("Exception");
            assertThat(r.err().lines()).hasSize(1);
        }
    }

    @Test
    void bindingToAnotherAddressWarnsFirst() throws Exception {
        try (WebServer running = WebServer.start(DisclosureReports.defaults(), "0.0.0.0", 0, WebLimits.DEFAULT,
                false, System.err)) {
            // the same port on every address is taken, so the command warns, then stops with one line
            CliRun r = CliRun.of("serve", "--bind", "0.0.0.0", "--port", Integer.toString(running.uri().getPort()));
            assertThat(r.err()).startsWith("警告 / warning: 网页版将对其他电脑开放（--bind 0.0.0.0）");
            assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        }
    }

    @Test
    void aMalformedRequestGetsOneJsonLineNotJettysPage() throws Exception {
        try (WebServer server = WebServer.start(DisclosureReports.defaults(), WebServer.LOOPBACK, 0,
                WebLimits.DEFAULT, false, System.err);
             Socket s = new Socket(server.uri().getHost(), server.uri().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write("GARBAGE / HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).matches("(?s)HTTP/1\\.1 [45]\\d\\d .*").contains("{\"error\":\"请求无效 / bad request").doesNotContainIgnoringCase("jetty")
                    .doesNotContain("Exception");
        }
    }
}
