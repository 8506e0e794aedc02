package org.liaison.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The resident's whole visit in a real headless Chromium at phone size: scan (open the venue page), write and send
 * with the keyboard, keep the tracking code, follow the case, see the deputy's answer arrive without a reload, rate.
 * Screenshots of each step go to target/screenshots. Skipped, saying so, where chromium/chromedriver are missing.
 */
@QuarkusTest
class ResidentPagesBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL root;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed) {
            System.err.println("SKIPPED browser test: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                    + "(apt-get install chromium chromium-driver)");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed: the browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void residentSendsFollowsAndRatesACase() throws IOException {
        WebFixtures.Venue venue = WebFixtures.venueWithDeputyOnDuty();
        // the switch sets the language cookie: the pages after it stay Chinese whatever the browser prefers
        browser.get(root + "v/" + venue.code() + "?lang=zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(venue.venueName());
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(venue.deputyName()).contains("今天值班的代表");
        assertEveryFieldHasALabel();
        screenshot("01-venue-page");

        // keyboard only: tab to each field and type into it
        List<String> reached = tabThroughForm();
        assertThat(reached).containsSubsequence("categoryCode", "text", "name", "phone", "anonymous", "contactConsent", "send");
        focus("categoryCode");
        new Select(active()).selectByValue("ENVIRONMENT");
        focus("text");
        active().sendKeys("小区门口的路灯坏了两个星期，晚上很不安全。");
        assertThat(browser.findElement(By.id("text-count")).getText()).contains("21").contains("4000");
        focus("name");
        active().sendKeys("李女士");
        focus("phone");
        active().sendKeys("138 0000 0001");
        focus("contactConsent");
        active().sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("contactConsent")).isSelected()).isTrue();
        screenshot("02-form-filled");
        focus("send");
        active().sendKeys(Keys.ENTER);

        WebElement code = waitFor(By.id("tracking-code"));
        String displayCode = code.getText();
        assertThat(displayCode).matches("[A-Z0-9]+(-[A-Z0-9]+)+");
        screenshot("03-receipt");
        String link = browser.findElement(By.id("track-link")).getAttribute("href");
        assertThat(link).contains("/t/").contains("#");
        browser.findElement(By.id("track-link")).click();

        waitForStatus("ASSIGNED", Duration.ofSeconds(10));
        assertThat(browser.findElement(By.id("live-code")).getText()).isEqualTo(displayCode);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        screenshot("04-tracking-assigned");

        long caseId = caseOf(venue.venueId());
        String path = "/api/deputy/cases/" + caseId;
        double pushedBefore = residentEventsPushed();
        given().auth().oauth2(Tokens.deputy(venue.deputyId())).post(path + "/accept").then().statusCode(200);
        given().auth().oauth2(Tokens.deputy(venue.deputyId())).contentType(ContentType.JSON)
                .body(Map.of("reply", "已联系供电所，路灯明天修好。")).post(path + "/respond").then().statusCode(200);

        // Live through the push stream: well inside the 10 s polling interval, and the page's stream carried both events.
        waitForStatus("RESPONDED", Duration.ofSeconds(8));
        assertThat(residentEventsPushed() - pushedBefore).as("events pushed to the page's stream").isGreaterThanOrEqualTo(2);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("live-timeline")).getText()).contains("已联系供电所，路灯明天修好。");
        assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).isTrue();
        screenshot("05-tracking-responded");

        browser.findElement(By.cssSelector("label[for=rating-satisfied]")).click();
        browser.findElement(By.id("rate")).click();
        waitForStatus("CLOSED", Duration.ofSeconds(10));
        assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).isFalse();
        screenshot("06-rated");
    }

    private void assertEveryFieldHasALabel() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                        + ".filter(e => !(e.id && document.querySelector('label[for=\"' + e.id + '\"]'))"
                        + " && !e.getAttribute('aria-label')).map(e => e.name || e.outerHTML);");
        assertThat(unlabelled).as("fields without a label").isEmpty();
    }

    private List<String> tabThroughForm() {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> reached = new ArrayList<>();
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 20 && !reached.contains("send"); i++) {
            String id = active().getAttribute("id");
            reached.add(id == null ? "" : id);
            active().sendKeys(Keys.TAB);
        }
        return reached;
    }

    private void focus(String id) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur();");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 20 && !id.equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        assertThat(active().getAttribute("id")).as("reached by Tab").isEqualTo(id);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(by));
    }

    private void waitForStatus(String status, Duration timeout) {
        new WebDriverWait(browser, timeout).until(driver ->
                status.equals(driver.findElement(By.id("live-status")).getAttribute("data-status")));
    }

    private long caseOf(long venueId) {
        Number id = WebFixtures.admin().queryParam("venueId", venueId).get("/api/admin/cases")
                .then().statusCode(200).extract().path("items[0].id");
        return id.longValue();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The resident-stream push counter from /q/metrics: only this page has a resident stream open during the test. */
    private static double residentEventsPushed() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("liaison_push_events_total{") && line.contains("stream=\"resident\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
