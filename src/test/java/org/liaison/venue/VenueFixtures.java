package org.liaison.venue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Venues created through the API with unique names, for tests that must not depend on the demo data. */
public final class VenueFixtures {

    public static final String VENUES = "/api/admin/venues";

    private VenueFixtures() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    /** The venue as the API shows it, ready to be changed and sent back with PUT. */
    public static Map<String, Object> read(long id) {
        return admin().get(VENUES + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static Map<String, Object> update(Map<String, Object> view, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(view);
        body.putAll(changes);
        return body;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    /** A complete, valid create body; callers adjust what they test. */
    public static Map<String, Object> body(String kind, Long parentId, String name, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("name", name);
        body.put("region", region);
        body.put("address", "无锡市梁溪区测试路 " + name);
        body.put("latitude", 31.58);
        body.put("longitude", 120.30);
        body.put("openingHours", "每月第三个星期二 9:00-11:30");
        return body;
    }

    public static long create(String kind, Long parentId, String region) {
        return create(body(kind, parentId, unique(kind), region));
    }

    public static long create(Map<String, Object> body) {
        return ((Number) admin().body(body)
                .post(VENUES).then().statusCode(201).extract().path("id")).longValue();
    }

    /** A HOME, a STATION under it and a POINT under that, in one region; returns their ids in that order. */
    public static long[] tree(String region) {
        long home = create("HOME", null, region);
        long station = create("STATION", home, region);
        long point = create("POINT", station, region);
        return new long[]{home, station, point};
    }
}
