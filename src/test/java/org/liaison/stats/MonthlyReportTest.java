package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;
import org.liaison.support.SecurityMatrix;
import org.liaison.venue.VenueFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * The printable monthly report: figures, two server-drawn SVG charts, the supervision list, no script; rendered in
 * headless Chromium from the file an administrator would save with curl (screenshot in target/screenshots; the
 * browser part is skipped, saying so, where chromium or chromedriver is missing).
 */
@QuarkusTest
class MonthlyReportTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReportShowsTheMonthsFiguresChartsAndSupervisionListInBothLanguages() throws Exception {
        String region = VenueFixtures.unique("报告区");
        long d = fixtures.newDeputy();
        long home = fixtures.venueServedBy(d);
        fixtures.update("update venue set region = ?, name = ? where id = ?", region, "甲<i>", home);
        long station = VenueFixtures.create("STATION", home, region);
        fixtures.update("insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays) values (?, ?, 'MONTHLY', 3, 'TUESDAY')",
                station, d);
        cases.at("2027-09-03T09:00:00");
        long solved = fixtures.submit(home);
        long open = fixtures.submit(station);
        fixtures.submit(station);
        deputy(d).post("/api/deputy/cases/{id}/accept", solved).then().statusCode(200);
        deputy(d).body(Map.of("reply", "已解决")).post("/api/deputy/cases/{id}/respond", solved).then().statusCode(200);
        cases.rate(solved, Rating.BASICALLY_SATISFIED);
        deputy(d).post("/api/deputy/cases/{id}/accept", open).then().statusCode(200);
        admin().body(Map.of("note", "请尽快办理")).post("/api/admin/cases/{id}/supervise", open).then().statusCode(200);

        Response zh = admin().queryParam("month", "2027-09").queryParam("region", region).get("/api/admin/stats/report");
        zh.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"));
        String html = zh.asString();
        assertThat(html).contains("月度统计报告", "<b id=\"received\">3</b>", "<b id=\"solved\">1</b>",
                "<b id=\"satisfaction\">100.0%</b>", "<polyline", "<rect", "督办清单");
        assertThat(html).contains("甲&lt;i&gt;").doesNotContain("甲<i>");
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains(fixtures.row("select tracking_code from resident_case where id = ?", open)
                .get("tracking_code").toString());

        String en = admin().queryParam("month", "2027-09").queryParam("region", region).queryParam("lang", "en")
                .get("/api/admin/stats/report").then().statusCode(200).extract().asString();
        assertThat(en).contains("Monthly report", "Supervision list", "Satisfied or basically satisfied");

        admin().queryParam("month", "2027-9x").get("/api/admin/stats/report").then().statusCode(400);
        admin().queryParam("lang", "fr").get("/api/admin/stats/report").then().statusCode(400);
        SecurityMatrix.assertRequires("admin", List.of(SecurityMatrix.Call.get("/api/admin/stats/report")));

        render(html);
    }

    /** Opens the saved page as a file, the way an administrator would after curl, and screenshots it at A4 width. */
    private static void render(String html) throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            System.err.println("SKIPPED report rendering: /usr/bin/chromium and /usr/bin/chromedriver are not installed");
            return;
        }
        Path file = Path.of("target", "report.html");
        Files.writeString(file, html);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().window().setSize(new Dimension(794, 1123)); // A4 at 96 dpi
            browser.get(file.toUri().toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("月度统计报告");
            assertThat(browser.findElements(By.tagName("svg"))).hasSize(2);
            assertThat(browser.findElement(By.tagName("svg")).getSize().getWidth()).isGreaterThan(300);
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve("stats-monthly-report.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
