package org.liaison.caseflow.tracking;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.Tokens;
import org.liaison.venue.VenueFixtures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Venues, deputies, duties, categories and codes made through the admin API, and submissions through the public one. */
public final class ResidentFixtures {

    public static final ZoneId VENUE_ZONE = ZoneId.of("Asia/Shanghai");

    private ResidentFixtures() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    /** A fresh active category (24 h to accept, 240 h to resolve) whose code no deputy focuses on; returns the code. */
    public static String category() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        admin().body(Map.of("code", code, "nameZh", "测试类别 " + code, "nameEn", "Test category " + code,
                "acceptHours", 24, "resolveHours", 240)).post("/api/admin/categories").then().statusCode(201);
        return code;
    }

    public static long venue(String kind, Long parentId) {
        return VenueFixtures.create(kind, parentId, "测试区");
    }

    public static long deputy(String name) {
        Map<String, Object> body = DeputyFixtures.body(name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("topics", List.of());
        return DeputyFixtures.create(body);
    }

    public static void duty(long venueId, long deputyId, DayOfWeek weekday) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("kind", "WEEKLY");
        rule.put("weekdays", List.of(weekday.name()));
        admin().body(Map.of("deputyId", deputyId, "rule", rule))
                .post("/api/admin/venues/{id}/duties", venueId).then().statusCode(201);
    }

    public static DayOfWeek today() {
        return LocalDate.now(VENUE_ZONE).getDayOfWeek();
    }

    public static DayOfWeek notToday() {
        return today().plus(3);
    }

    public static String venueCode(long venueId) {
        return admin().get("/api/admin/venues/{id}/qr/code", venueId).then().statusCode(200).extract().path("code");
    }

    public static String deputyCode(long deputyId) {
        return admin().get("/api/admin/deputies/{id}/qr/code", deputyId).then().statusCode(200).extract().path("code");
    }

    public static Map<String, Object> submission(String categoryCode, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryCode", categoryCode);
        body.put("text", text);
        return body;
    }

    public static RequestSpecification resident() {
        return given().contentType(ContentType.JSON);
    }

    /** A new submission: a fresh Idempotency-Key, as every client must send. */
    public static Response submitAtVenue(String code, Map<String, Object> body) {
        return resident().header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/public/venues/{code}/submissions", code);
    }

    public static Response submitToDeputy(String code, Map<String, Object> body) {
        return resident().header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/public/deputies/{code}/submissions", code);
    }

    /** A case submitted at a fresh venue with one deputy; returns {trackingCode, secret}. */
    public static String[] newCase() {
        long venue = venue("HOME", null);
        duty(venue, deputy("时间线代表"), notToday());
        Response created = submitAtVenue(venueCode(venue), submission(category(), "楼道灯坏了"));
        created.then().statusCode(201);
        return new String[]{created.path("trackingCode"), created.path("secret")};
    }

    public static RequestSpecification withSecret(String secret) {
        RequestSpecification spec = resident();
        return secret == null ? spec : spec.header("X-Case-Secret", secret);
    }
}
