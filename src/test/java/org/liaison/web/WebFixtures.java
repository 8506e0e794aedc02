package org.liaison.web;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.liaison.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A venue with a deputy on duty every day, built through the administrators' API, and helpers to post forms. */
final class WebFixtures {

    static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    record Venue(long venueId, long deputyId, String venueName, String deputyName, String code) {
    }

    /** A GET of a page: its CSRF cookie and the hidden fields of its form. */
    record FormPage(String csrfCookie, String csrf, String idempotencyKey) {
    }

    private WebFixtures() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static long create(String path, Map<String, Object> body) {
        return ((Number) admin().body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    static Venue venueWithDeputyOnDuty() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String venueName = "网页联系点 " + tag;
        String deputyName = "网页代表" + tag;
        long home = create("/api/admin/venues", Map.of("kind", "HOME", "name", "网页之家 " + tag, "region", "梁溪区",
                "address", "一号路"));
        long venue = create("/api/admin/venues", Map.of("kind", "STATION", "parentId", home, "name", venueName,
                "region", "梁溪区", "address", "健康路 12 号", "openingHours", "周一至周五 9:00-17:00"));
        long deputy = create("/api/admin/deputies", Map.of("name", deputyName, "level", "MUNICIPAL"));
        admin().body(Map.of("deputyId", deputy, "rule", Map.of("kind", "WEEKLY", "weekdays", EVERY_DAY)))
                .post("/api/admin/venues/" + venue + "/duties").then().statusCode(201);
        String code = admin().get("/api/admin/venues/" + venue + "/qr/code").then().statusCode(200).extract().path("code");
        return new Venue(venue, deputy, venueName, deputyName, code);
    }

    static FormPage open(String path) {
        Response page = given().get(path);
        page.then().statusCode(200);
        String html = page.asString();
        return new FormPage(page.getCookie(Csrf.COOKIE), hidden(html, "csrf"), hidden(html, "idempotencyKey"));
    }

    static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    static RequestSpecification post(FormPage page) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie(Csrf.COOKIE, page.csrfCookie())
                .formParam("csrf", page.csrf());
    }
}
