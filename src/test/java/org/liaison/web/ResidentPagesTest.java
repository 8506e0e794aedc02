package org.liaison.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.liaison.web.WebFixtures.admin;

/** The resident pages through real HTTP: language, headers, friendly errors, CSRF, the form and its receipt. */
@QuarkusTest
class ResidentPagesTest {

    private static WebFixtures.Venue venue;

    /** Once per class, but after Quarkus has given RestAssured its random port. */
    @BeforeEach
    void venue() {
        if (venue == null) {
            venue = WebFixtures.venueWithDeputyOnDuty();
        }
    }

    @Test
    void venuePageIsChineseByDefaultWithVenueDeputiesAndForm() {
        given().get("/v/" + venue.code()).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString(venue.venueName()))
                .body(containsString(venue.deputyName()))
                .body(containsString("今天值班的代表"))
                .body(containsString("给代表留言"))
                .body(containsString("name=\"idempotencyKey\""))
                .body(containsString("name=\"csrf\""));
    }

    @Test
    void englishByAcceptLanguageOrSwitchRememberedInCookie() {
        given().header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").get("/v/" + venue.code()).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Write to the deputies"))
                .body(containsString(venue.venueName()));
        Response switched = given().queryParam("lang", "en").get("/v/" + venue.code());
        switched.then().statusCode(200).body(containsString("Write to the deputies"));
        String lang = switched.getCookie(WebLocale.COOKIE);
        assertThat(lang).isEqualTo("en");
        given().cookie(WebLocale.COOKIE, lang).get("/v/" + venue.code()).then().body(containsString("lang=\"en\""));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/v/" + venue.code()).then()
                .body(containsString("lang=\"zh-CN\""));
    }

    @Test
    void securityHeadersOnEveryPage() {
        for (String path : new String[] {"/v/" + venue.code(), "/t/ABCD2345EFGH", "/v/NOSUCH99"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
        String html = given().get("/v/" + venue.code()).asString();
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain(" onclick=")
                .doesNotContain("style=\"");
    }

    @Test
    void unknownAndReplacedCodesGetFriendlyPages() {
        given().get("/v/ZZZZ2222").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("找不到这个二维码"));
        given().get("/d/ZZZZ2222").then().statusCode(404).body(containsString("找不到这个二维码"));
        WebFixtures.Venue rotated = WebFixtures.venueWithDeputyOnDuty();
        admin().post("/api/admin/venues/" + rotated.venueId() + "/qr/rotate").then().statusCode(200);
        given().get("/v/" + rotated.code()).then().statusCode(410).body(containsString("这张二维码已更换"));
        given().header("Accept-Language", "en").get("/v/" + rotated.code()).then().statusCode(410)
                .body(containsString("This poster has been replaced"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        WebFixtures.Venue quiet = WebFixtures.venueWithDeputyOnDuty();
        WebFixtures.FormPage page = WebFixtures.open("/v/" + quiet.code());
        given().contentType("application/x-www-form-urlencoded").formParam("categoryCode", "ENVIRONMENT")
                .formParam("text", "没有令牌").formParam("idempotencyKey", page.idempotencyKey())
                .post("/v/" + quiet.code()).then().statusCode(403).body(containsString("页面已过期"));
        given().contentType("application/x-www-form-urlencoded").cookie(Csrf.COOKIE, page.csrfCookie())
                .formParam("csrf", "x".repeat(32)).formParam("categoryCode", "ENVIRONMENT").formParam("text", "错的令牌")
                .post("/v/" + quiet.code()).then().statusCode(403);
        admin().queryParam("venueId", quiet.venueId()).get("/api/admin/cases").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void fieldErrorsAreShownNextToTheFieldsWithTheTypedValues() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String html = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "").formParam("text", "路灯坏了").formParam("phone", "12")
                .formParam("name", "王五").post("/v/" + venue.code())
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("id=\"categoryCode-error\">请选择一个类别。")
                .contains("id=\"phone-error\">这个电话号码看起来不对")
                .contains(">路灯坏了</textarea>").contains("value=\"王五\"").doesNotContain("id=\"text-error\"")
                .contains(venue.venueName());
    }

    @Test
    void validPostShowsReceiptAndTheSameKeyTwiceMakesOneCase() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String text = "网页提交测试 " + page.idempotencyKey();
        String first = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", text).formParam("name", "李女士")
                .formParam("phone", "138 0000 0001").formParam("contactConsent", "on")
                .post("/v/" + venue.code()).then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("留言已收到")).extract().asString();
        String second = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", text).formParam("name", "李女士")
                .formParam("phone", "138 0000 0001").formParam("contactConsent", "on")
                .post("/v/" + venue.code()).then().statusCode(200).extract().asString();
        String link = trackLink(first);
        assertThat(link).matches("/t/[A-Z0-9]+#.+");
        assertThat(trackLink(second)).isEqualTo(link);
        assertThat(first).contains("id=\"tracking-code\">");
        admin().queryParam("venueId", venue.venueId()).queryParam("size", 100).get("/api/admin/cases").then()
                .statusCode(200).body("items.findAll { it.trackingCode == '" + link.substring(3, link.indexOf('#'))
                        + "' }.size()", equalTo(1));
        // the secret of the link's fragment opens the case in the JSON API
        String tracking = link.substring(3, link.indexOf('#'));
        given().header("X-Case-Secret", link.substring(link.indexOf('#') + 1)).get("/api/public/cases/" + tracking)
                .then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void trackingPageRendersTheCaseWithoutScriptForTheTypedSecret() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String receipt = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", "无脚本查看").post("/v/" + venue.code())
                .then().statusCode(200).extract().asString();
        String link = trackLink(receipt);
        String tracking = link.substring(3, link.indexOf('#'));
        String secret = link.substring(link.indexOf('#') + 1);
        WebFixtures.FormPage trackPage = WebFixtures.open("/t/" + tracking);
        WebFixtures.post(trackPage).formParam("secret", secret).post("/t/" + tracking).then().statusCode(200)
                .body(containsString("待接单")).body(containsString("提交留言"));
        WebFixtures.post(trackPage).formParam("secret", "wrong").post("/t/" + tracking).then().statusCode(404)
                .body(containsString("查询码或密钥不正确"));
        given().contentType("application/x-www-form-urlencoded").formParam("secret", secret).post("/t/" + tracking)
                .then().statusCode(403);
    }

    @Test
    void deputyCodePageTakesAMessageForThatDeputy() {
        String code = admin().get("/api/admin/deputies/" + venue.deputyId() + "/qr/code").then().statusCode(200)
                .extract().path("code");
        given().get("/d/" + code).then().statusCode(200).body(containsString(venue.deputyName()))
                .body(containsString("市人大代表")).body(containsString("action=\"/d/" + code + "\""));
        WebFixtures.FormPage page = WebFixtures.open("/d/" + code);
        WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey()).formParam("categoryCode", "ENVIRONMENT")
                .formParam("text", "给代表本人的留言").post("/d/" + code).then().statusCode(200)
                .body(containsString("留言已收到")).body(containsString(venue.venueName()));
    }

    @Test
    void firstPageIsSmall() {
        Response page = given().get("/v/" + venue.code());
        int total = page.asByteArray().length;
        for (String asset : new String[] {"/web/liaison.css", "/web/submit.js"}) {
            Response response = given().get(asset);
            response.then().statusCode(200).header("X-Content-Type-Options", "nosniff");
            total += response.asByteArray().length;
        }
        assertThat(total).isLessThan(50 * 1024);
        assertThat(given().get("/web/track.js").asByteArray().length).isLessThan(8 * 1024);
    }

    private static String trackLink(String html) {
        Matcher matcher = Pattern.compile("id=\"track-link\" href=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("receipt has a tracking link").isTrue();
        return matcher.group(1);
    }
}
