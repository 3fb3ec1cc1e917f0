package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.cli.web.WebLimits;
import io.github.disclosurereport.cli.web.WebServer;
import io.github.disclosurereport.model.Report;
import io.github.disclosurereport.testutil.BatchFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page's JSON API, called as a script calls it (the JDK's HttpClient, multipart forms): it answers the corpus
 * files exactly as the CLI does — the same findings JSON byte for byte, the same error line, outputs that read back
 * to the same report — and keeps to its limits.
 */
class WebApiTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path JINHU = CORPUS.resolve("jinhu2023.docx");
    private static final Path TEMPLATE = Path.of("src/test/resources/realdocs/政务公开年报模版.docx");
    private static final DisclosureReports ROOT = DisclosureReports.defaults();

    private static WebServer server;

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start(ROOT, WebServer.LOOPBACK, 0, WebLimits.DEFAULT, false, System.err);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI api(String call) {
        return server.uri().resolve("api/" + call);
    }

    @Test
    void validateAnswersEveryCorpusFileExactlyAsValidateJson() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path f : files) {
            CliRun cli = CliRun.of("validate", "--json", f.toString());
            HttpResponse<byte[]> web = new Multipart().file("file", f).post(api("validate"));
            if (cli.code() == Main.EXIT_BAD_INPUT) {
                assertThat(web.statusCode()).as(f.toString()).isEqualTo(400);
                assertThat(error(web)).as(f.toString()).isEqualTo(cli.err().strip());
            } else {
                assertThat(web.statusCode()).as(f.toString()).isEqualTo(200);
                assertThat(Multipart.text(web)).as(f.toString()).isEqualTo(cli.out());
            }
        }
    }

    @Test
    void aReportAndItsStatisticsSavedApartAreJoinedAsWithStatistics() throws Exception {
        // the seed's narrative and its 统计表 as an office sends them: two files
        Path narrative = CORPUS.resolve("seed-2017-huancui-cdpf.docx");
        Path statistics = CORPUS.resolve("seed-2017-statistics.xlsx");
        CliRun cli = CliRun.of("validate", "--json", "--statistics", statistics.toString(), narrative.toString());
        HttpResponse<byte[]> web = new Multipart().file("file", narrative).file("statistics", statistics)
                .post(api("validate"));
        assertThat(web.statusCode()).isEqualTo(200);
        assertThat(Multipart.text(web)).isEqualTo(cli.out());
    }

    @Test
    void lastYearsReportIsComparedOrRefusedAsWithPrevious(@TempDir Path dir) throws Exception {
        // jinhu2023 as our JSON with its year set back to 2022: last year's report of the same organ
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(CliRun.of("parse", "--json", JINHU.toString()).out());
        json.put("year", 2022);
        json.put("title", json.get("title").asText().replace("2023", "2022"));
        Path lastYear = dir.resolve("jinhu2022.json");
        Files.writeString(lastYear, json.toString());
        CliRun cli = CliRun.of("validate", "--json", "--previous", lastYear.toString(), JINHU.toString());
        HttpResponse<byte[]> web = new Multipart().file("file", JINHU).file("previous", lastYear).post(api("validate"));
        assertThat(web.statusCode()).isEqualTo(200);
        assertThat(Multipart.text(web)).isEqualTo(cli.out());

        // another organ's report of another year is refused in the same line (D4), not compared
        Path other = CORPUS.resolve("wuhan-eeb2020.docx");
        CliRun refused = CliRun.of("validate", "--json", "--previous", other.toString(), JINHU.toString());
        assertThat(refused.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        HttpResponse<byte[]> webRefused = new Multipart().file("file", JINHU).file("previous", other)
                .post(api("validate"));
        assertThat(webRefused.statusCode()).isEqualTo(400);
        assertThat(error(webRefused)).isEqualTo(refused.err().strip()).startsWith("上一年度报告不适用")
                .doesNotContain("--"); // the page has no --previous option to name
    }

    @Test
    void reportCarriesTheReportTheFindingsAndTheTablesWithTheirCellIds() throws Exception {
        HttpResponse<byte[]> web = new Multipart().file("file", JINHU).post(api("report"));
        assertThat(web.statusCode()).isEqualTo(200);
        JsonNode answer = new ObjectMapper().readTree(web.body());
        Report read = ROOT.reader().read(JINHU);
        assertThat(answer.get("report")).isEqualTo(new ObjectMapper().readTree(ROOT.toJson(read)));
        assertThat(answer.get("validation").get("findings").get(0).get("rule").asText()).isEqualTo("A4");
        JsonNode t4 = null;
        for (JsonNode t : answer.get("view").get("tables")) {
            if (t.get("code").asText().equals("T4")) {
                t4 = t;
            }
        }
        assertThat(t4).isNotNull();
        assertThat(t4.get("number").asText()).isEqualTo("四");
        JsonNode total = null;
        for (JsonNode c : t4.get("cells")) {
            if ("T4:direct:total".equals(c.path("id").asText())) {
                total = c;
            }
        }
        assertThat(total).isNotNull();
        assertThat(total.get("text").asText()).isEqualTo("0");
        assertThat(total.get("kind").asText()).isEqualTo("VALUE");
        // paragraph numbers as the findings name them
        JsonNode first = answer.get("view").get("sections").get(0).get("paragraphs").get(0);
        assertThat(first.get("paragraph").asInt()).isPositive();
    }

    @Test
    void convertExportCorrectAndFillAnswerWhatTheCommandsWrite(@TempDir Path dir) throws Exception {
        Path converted = dir.resolve("c.docx");
        Path exported = dir.resolve("e.xlsx");
        Path corrected = dir.resolve("k.docx");
        Path filled = dir.resolve("f.docx");
        assertThat(CliRun.of("convert", JINHU.toString(), "-o", converted.toString()).code()).isZero();
        assertThat(CliRun.of("export", JINHU.toString(), "-o", exported.toString()).code()).isZero();
        CliRun correctCli = CliRun.of("correct", JINHU.toString(), "-o", corrected.toString());
        assertThat(correctCli.code()).isZero();
        assertThat(correctCli.out()).contains("无需更正，未写入文件");
        assertThat(CliRun.of("fill", TEMPLATE.toString(), "--from", JINHU.toString(), "-o", filled.toString()).code())
                .isZero();

        HttpResponse<byte[]> convert = new Multipart().file("file", JINHU).post(api("convert"));
        assertThat(convert.statusCode()).isEqualTo(200);
        assertThat(convert.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''jinhu2023-2021%E6%A0%BC%E5%BC%8F.docx");
        assertSameReport(convert.body(), converted, "x.docx");

        HttpResponse<byte[]> export = new Multipart().file("file", JINHU).post(api("export"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertSameReport(export.body(), exported, "x.xlsx");

        // nothing to correct in jinhu2023: said, and no file made, as the command writes none
        HttpResponse<byte[]> correct = new Multipart().file("file", JINHU).post(api("correct"));
        assertThat(correct.statusCode()).isEqualTo(200);
        assertThat(correct.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(Multipart.text(correct)).contains("\"corrections\":0", "无需更正");
        assertThat(corrected).doesNotExist();

        HttpResponse<byte[]> fill = new Multipart().file("template", TEMPLATE).file("file", JINHU).post(api("fill"));
        assertThat(fill.statusCode()).isEqualTo(200);
        assertThat(Integer.parseInt(fill.headers().firstValue("X-Filled-Cells").orElseThrow())).isGreaterThan(100);
        assertSameReport(fill.body(), filled, "x.docx");
    }

    @Test
    void aWorkbookTemplateIsAnsweredAsTheWorkbookTheFillCommandWrites() throws Exception {
        // one rule for both: the output is of the input's kind, whatever the case of its extension
        assertThat(OutputOptions.sameKindAs("统计表模板.XLS")).isEqualTo("xls");
        assertThat(OutputOptions.sameKindAs("模板.Xlsx")).isEqualTo("xlsx");
        assertThat(OutputOptions.sameKindAs("报告.doc")).isEqualTo("docx");
        HttpResponse<byte[]> fill = new Multipart()
                .file("template", "统计表模板.XLS", Files.readAllBytes(WorkbookCommandsTest.BLANK_XLS))
                .file("file", WriteCommandsTest.SEED).post(api("fill"));
        assertThat(fill.statusCode()).isEqualTo(200);
        assertThat(fill.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/vnd.ms-excel");
        assertThat(fill.headers().firstValue("Content-Disposition").orElseThrow()).endsWith("-filled.xls\"; "
                + "filename*=UTF-8''%E7%BB%9F%E8%AE%A1%E8%A1%A8%E6%A8%A1%E6%9D%BF-%E5%B7%B2%E5%A1%AB%E5%86%99.xls");
    }

    private static void assertSameReport(byte[] web, Path cli, String name) throws IOException {
        Report fromWeb = ROOT.reader().read(new ByteArrayInputStream(web), name);
        Report fromCli;
        try (InputStream in = Files.newInputStream(cli)) {
            fromCli = ROOT.reader().read(in, name);
        }
        assertThat(ROOT.toJson(fromWeb)).isEqualTo(ROOT.toJson(fromCli));
    }

    @Test
    void unreadableAndMissingInputsAreOneChineseLine() throws Exception {
        HttpResponse<byte[]> text = new Multipart().file("file", "说明.txt", "只是文字".getBytes(StandardCharsets.UTF_8))
                .post(api("validate"));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(error(text)).startsWith("无法读取 / cannot read: 说明.txt: 是纯文本文件");

        HttpResponse<byte[]> noFile = new Multipart().file("previous", JINHU).post(api("validate"));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(error(noFile)).startsWith("请上传报告（表单字段 file）");

        HttpResponse<byte[]> noTemplate = new Multipart().file("file", JINHU).post(api("fill"));
        assertThat(error(noTemplate)).startsWith("请上传模板（表单字段 template）");

        // a client's path is a name to show, never a path
        HttpResponse<byte[]> pathName = new Multipart().file("file", "..\\..\\windows\\说明.txt",
                "x".getBytes(StandardCharsets.UTF_8)).post(api("validate"));
        assertThat(error(pathName)).startsWith("无法读取 / cannot read: 说明.txt:");

        HttpResponse<String> notMultipart = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api("validate"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(notMultipart.body()).contains("multipart/form-data");
        assertThat(notMultipart.body()).doesNotContain("Exception", "at io.");
    }

    @Test
    void summaryAnswersTheWorkbookValidateSummaryWritesForTheSameFiles(@TempDir Path dir) throws Exception {
        // an office's reports sent as one request: a report with its 统计表 apart (paired by name), another year's
        // report, a damaged file; the CLI summarises a folder of the same files
        BatchFolder folder = BatchFolder.build(dir.resolve("各单位"));
        Path flat = Files.createDirectories(dir.resolve("同一批"));
        Multipart upload = new Multipart();
        for (Path f : List.of(folder.jinhu2023(), folder.huancui2017(), folder.huancui2017Statistics(), folder.wuhan(),
                folder.broken())) {
            Files.copy(f, flat.resolve(f.getFileName()));
            upload.file("reports", f);
        }
        HttpResponse<byte[]> web = upload.post(api("summary"));
        assertThat(web.statusCode()).as(Multipart.text(web)).isEqualTo(200);
        assertThat(web.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(web.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E6%A0%A1%E9%AA%8C%E6%B1%87%E6%80%BB.xlsx"); // 校验汇总.xlsx
        Path cliSummary = dir.resolve("汇总.xlsx");
        CliRun cli = CliRun.of("validate", flat.toString(), "--summary", cliSummary.toString());
        assertThat(cli.code()).isEqualTo(1);
        String counts = "共 " + web.headers().firstValue("X-Reports").orElseThrow() + " 份报告，"
                + web.headers().firstValue("X-Reports-With-Errors").orElseThrow() + " 份有错误，"
                + web.headers().firstValue("X-Unreadable").orElseThrow() + " 个文件无法读取";
        assertThat(counts).startsWith("共 3 份报告，").endsWith("，1 个文件无法读取");
        assertThat(cli.out()).contains(counts);
        List<List<String>> expected = sheets(Files.readAllBytes(cliSummary), flat + java.io.File.separator);
        List<List<String>> answered = sheets(web.body(), "");
        assertThat(answered).isEqualTo(expected);
        // real values, not only agreement: jinhu's A4 error, huancui joined with its 统计表 by name, the damaged file
        assertThat(answered.get(0)).anySatisfy(row -> assertThat(row).contains("\tjinhu2023.docx\t金湖县人民政府\t2023\t"))
                .anySatisfy(row -> assertThat(row).contains("huancui-2017.json\t威海市环翠区残疾人联合会")
                        .contains("huancui-2017-统计表.xlsx（文件名对应）"));
        assertThat(String.join("\n", answered.get(2))).contains("损坏.docx\t");
        assertThat(answered.get(0)).noneSatisfy(row -> assertThat(row).contains("disclosure-report-summary"));
    }

    @Test
    void aSummaryOfNothingReadableOrOfNothingIsOneLineAndNoWorkbook() throws Exception {
        HttpResponse<byte[]> none = new Multipart().file("reports", "说明.txt", "不是报告".getBytes(StandardCharsets.UTF_8))
                .file("reports", "草稿.txt", "也不是".getBytes(StandardCharsets.UTF_8)).post(api("summary"));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(error(none)).startsWith("没有读出任何报告，未生成汇总（2 个文件无法读取，如 草稿.txt：是纯文本文件")
                .doesNotContain("\n").doesNotContain("disclosure-report-summary");
        HttpResponse<byte[]> empty = new Multipart().file("file", JINHU).post(api("summary"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(error(empty)).startsWith("请上传要汇总的报告（表单字段 reports，可多个）");
        // two uploads of one name are two files (报告 (2).json), not one written over the other
        byte[] report = Files.readAllBytes(JINHU);
        HttpResponse<byte[]> twice = new Multipart().file("reports", "报告.docx", report)
                .file("reports", "报告.docx", report).post(api("summary"));
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.headers().firstValue("X-Reports")).contains("2");
        assertThat(sheets(twice.body(), "").get(0)).anySatisfy(row -> assertThat(row).contains("\t报告 (2).docx\t"));
    }

    /** Every sheet's rows as tab-joined cell texts, the folder's prefix taken out of each cell. */
    private static List<List<String>> sheets(byte[] xlsx, String prefix) throws IOException {
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        List<List<String>> out = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                List<String> rows = new java.util.ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text.formatCellValue(row.getCell(c)).replace(prefix, ""));
                    }
                    rows.add(String.join("\t", cells));
                }
                out.add(rows);
            }
        }
        return out;
    }

    @Test
    void uploadsOverTheLimitsAreRefused() throws Exception {
        try (WebServer small = WebServer.start(ROOT, WebServer.LOOPBACK, 0, new WebLimits(4_000, 2, 20_000, 1, 3),
                false, System.err)) {
            HttpResponse<byte[]> big = new Multipart().file("file", JINHU).post(small.uri().resolve("api/validate"));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(error(big)).startsWith("上传的文件过大或过多");
            byte[] small1 = "a".getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> many = new Multipart().file("file", "a.docx", small1).file("previous", "b.docx", small1)
                    .file("template", "c.docx", small1).post(small.uri().resolve("api/validate"));
            assertThat(many.statusCode()).isEqualTo(413);
            // a summary takes more files, up to its own limit
            Multipart three = new Multipart();
            Multipart four = new Multipart();
            for (String name : List.of("a.txt", "b.txt", "c.txt")) {
                three.file("reports", name, small1);
                four.file("reports", name, small1);
            }
            four.file("reports", "d.txt", small1);
            HttpResponse<byte[]> allowed = three.post(small.uri().resolve("api/summary"));
            assertThat(allowed.statusCode()).isEqualTo(400); // read, and none was a report
            assertThat(error(allowed)).startsWith("没有读出任何报告");
            HttpResponse<byte[]> tooMany = four.post(small.uri().resolve("api/summary"));
            assertThat(tooMany.statusCode()).isEqualTo(413);
            assertThat(error(tooMany)).startsWith("上传的文件过大或过多").contains("每次最多 3 个文件");
        }
    }

    @Test
    void thePageIsServedAndNothingElse() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.uri()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("校验工具", "app.js");
        for (String path : List.of("app.js", "style.css")) {
            assertThat(client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        assertThat(client.send(HttpRequest.newBuilder(server.uri().resolve("pom.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(client.send(HttpRequest.newBuilder(api("validate")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void aForeignHostNameIsRefusedOnLoopback() throws Exception {
        // a web site that points its own DNS name at 127.0.0.1 must not reach the page (DNS rebinding)
        try (Socket s = new Socket(server.uri().getHost(), server.uri().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
            assertThat(status).contains(" 403 ");
        }
    }

    private static String error(HttpResponse<byte[]> r) throws IOException {
        return new ObjectMapper().readTree(r.body()).get("error").asText();
    }
}
