package org.liaison.open311;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.Tokens;
import org.liaison.venue.VenueFixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** A place of its own for each test: a category, a venue far from every other one, a deputy on duty there today. */
final class Open311Fixtures {

    static final String BASE = "/open311/v2";

    /** What a test set up: the category code, the venue, its code and coordinates, and the deputy on duty. */
    record Place(String serviceCode, long venueId, String venueCode, double latitude, double longitude, long deputyId,
                 String deputyName) {
    }

    private Open311Fixtures() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static String apiKey() {
        return apiKey(null);
    }

    static String apiKey(Integer rateLimitPerMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientName", "Test client " + UUID.randomUUID());
        body.put("rateLimitPerMinute", rateLimitPerMinute);
        return admin().body(body).post("/api/admin/api-keys").then().statusCode(201).extract().path("apiKey");
    }

    static String category() {
        String code = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        admin().body(Map.of("code", code, "nameZh", "测试类别 " + code, "nameEn", "Test category " + code,
                "acceptHours", 24, "resolveHours", 240)).post("/api/admin/categories").then().statusCode(201);
        return code;
    }

    /** Somewhere in western China, away from the demo and fixture venues (around 31.58, 120.30) and other tests. */
    static Place place() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double latitude = 35 + random.nextDouble() * 5;
        double longitude = 95 + random.nextDouble() * 5;
        Map<String, Object> venue = VenueFixtures.body("HOME", null, VenueFixtures.unique("Open311 venue"), "测试区");
        venue.put("latitude", latitude);
        venue.put("longitude", longitude);
        long venueId = VenueFixtures.create(venue);
        String name = "开放代表 " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> deputy = DeputyFixtures.body(name);
        deputy.put("topics", List.of());
        long deputyId = DeputyFixtures.create(deputy);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).getDayOfWeek().name();
        admin().body(Map.of("deputyId", deputyId, "rule", Map.of("kind", "WEEKLY", "weekdays", List.of(today))))
                .post("/api/admin/venues/{id}/duties", venueId).then().statusCode(201);
        String code = admin().get("/api/admin/venues/{id}/qr/code", venueId).then().statusCode(200).extract().path("code");
        return new Place(category(), venueId, code, latitude, longitude, deputyId, name);
    }

    /** A form for POST requests at the place's venue, with every field a client usually sends. */
    static Map<String, String> form(String apiKey, Place place) {
        Map<String, String> form = new HashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", place.serviceCode());
        form.put("address_id", place.venueCode());
        form.put("description", "路灯坏了两个星期 " + UUID.randomUUID());
        return form;
    }

    static RequestSpecification post(Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8").formParams(form);
    }

    /** POSTs the form and returns the new service_request_id. */
    static String create(Map<String, String> form) {
        return post(form).post(BASE + "/requests.json").then().statusCode(200).extract().path("[0].service_request_id");
    }
}
