package io.github.disclosurereport.cli;

import io.github.disclosurereport.DisclosureReports;
import io.github.disclosurereport.cli.web.WebLimits;
import io.github.disclosurereport.cli.web.WebServer;
import io.github.disclosurereport.model.Report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in a real browser (Debian's chromium through its chromedriver, headless, at 1366×768), as a clerk uses
 * it: drop jinhu2023.docx, see the A4 finding and its marked cell, click the finding, download the .xlsx and read it
 * back with the library; then pick several reports for 批量校验汇总 and read the summary workbook it downloads. One
 * browser session; screenshots are left in cli/target/web/ to look at. Skipped when
 * chromium is not installed, unless REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path JINHU = CORPUS.resolve("jinhu2023.docx");
    /** The surefire working directory is core/; the screenshot goes to the CLI module's own target. */
    private static final Path SHOTS = Path.of("../cli/target/web");

    @Test
    void aClerkDropsAReportSeesTheA4FindingAndDownloadsTheWorkbook(@TempDir Path dir) throws Exception {
        requireBrowser();
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1366,768",
                "--lang=zh-CN");
        // a second download from the page asks "download multiple files?" once: allowed, as the clerk would
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.default_content_setting_values.automatic_downloads", 1));
        // the driver is named, so Selenium Manager is never asked to find or download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try (WebServer server = WebServer.start(DisclosureReports.defaults(), WebServer.LOOPBACK, 0,
                WebLimits.DEFAULT, false, System.err)) {
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                browser.manage().window().setSize(new Dimension(1366, 768));
                browser.get(server.uri().toString());
                assertThat(browser.getTitle()).contains("校验工具");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

                browser.findElement(By.id("picker")).sendKeys(JINHU.toAbsolutePath().normalize().toString());

                WebElement a4 = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#finding-list li.ERROR")));
                assertThat(a4.getText()).contains("A4", "错误", "未经复议直接起诉", "填的是 0，但分项之和为 3");
                WebElement total = browser.findElement(By.cssSelector("td[data-cell='T4:direct:total']"));
                assertThat(total.getText()).isEqualTo("0");
                assertThat(total.getAttribute("class")).contains("mark", "mark-error");
                assertThat(browser.findElement(By.id("summary")).getText()).contains("错误 1");

                a4.click();
                wait.until(d -> total.getAttribute("class").contains("focus"));
                assertThat(a4.getAttribute("class")).contains("selected");

                Files.createDirectories(SHOTS);
                Path shot = SHOTS.resolve("serve-page-1366x768.png");
                Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(shot)).isGreaterThan(10_000);

                browser.findElement(By.id("btn-export")).click();
                Path xlsx = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> finished(downloads,
                        "jinhu2023-表格.xlsx").orElse(null));
                assertThat(xlsx.getFileName().toString()).isEqualTo("jinhu2023-表格.xlsx");
                Report back = DisclosureReports.defaults().reader().read(xlsx);
                Report original = DisclosureReports.defaults().reader().read(JINHU);
                assertThat(back.cell("T3:R1:total").orElseThrow().value())
                        .isEqualTo(original.cell("T3:R1:total").orElseThrow().value());
                assertThat(back.cell("T4:direct:upheld").orElseThrow().value())
                        .isEqualByComparingTo(original.cell("T4:direct:upheld").orElseThrow().value());
                assertThat(browser.findElement(By.id("message")).getText()).contains("已下载：jinhu2023-表格.xlsx");

                // several reports at once (a department's files and a note that is none): one summary workbook
                Path note = Files.writeString(dir.resolve("说明.txt"), "报送说明：见各单位报告");
                List<Path> batch = List.of(JINHU, CORPUS.resolve("wuhan-eeb2020.docx"),
                        CORPUS.resolve("seed-2017-huancui-cdpf.docx"), note);
                browser.findElement(By.id("summary-picker")).sendKeys(String.join("\n",
                        batch.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
                // the page says what became of it: downloaded, or the one-line error
                wait.until(d -> !d.findElement(By.id("message")).getAttribute("class").contains("working"));
                assertThat(browser.findElement(By.id("message")).getText())
                        .isEqualTo("已下载：校验汇总.xlsx　共 3 份报告，3 份有错误，1 个文件无法读取（见汇总表“无法读取”工作表）");
                Path summary = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> finished(downloads,
                        "校验汇总.xlsx").orElse(null));
                try (var in = Files.newInputStream(summary);
                     var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                    var text = new org.apache.poi.ss.usermodel.DataFormatter();
                    var overview = wb.getSheet("报告汇总");
                    assertThat(overview.getLastRowNum()).isEqualTo(3);
                    assertThat(text.formatCellValue(overview.getRow(1).getCell(1))).isEqualTo("jinhu2023.docx");
                    assertThat(text.formatCellValue(overview.getRow(1).getCell(2))).isEqualTo("金湖县人民政府");
                    assertThat(text.formatCellValue(overview.getRow(1).getCell(7))).startsWith("A4 ");
                    assertThat(text.formatCellValue(wb.getSheet("无法读取").getRow(1).getCell(0))).isEqualTo("说明.txt");
                }
                Path summaryShot = SHOTS.resolve("serve-summary-1366x768.png");
                Files.write(summaryShot, browser.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(summaryShot)).isGreaterThan(10_000);
            } finally {
                browser.quit();
            }
        }
    }

    /** The downloaded workbook of this name once Chrome has finished writing it. */
    private static Optional<Path> finished(Path downloads, String name) {
        try (Stream<Path> s = Files.list(downloads)) {
            List<Path> files = s.toList();
            if (files.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return Optional.empty();
            }
            return files.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("REQUIRE_BROWSER"))) {
            throw new AssertionError("chromium and chromedriver are required (REQUIRE_BROWSER=1) but not installed");
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver is not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    }
}
