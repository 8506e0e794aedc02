package org.liaison.venue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.venue.VenueFixtures.VENUES;
import static org.liaison.venue.VenueFixtures.admin;
import static org.liaison.venue.VenueFixtures.body;
import static org.liaison.venue.VenueFixtures.create;
import static org.liaison.venue.VenueFixtures.read;
import static org.liaison.venue.VenueFixtures.unique;
import static org.liaison.venue.VenueFixtures.update;

@QuarkusTest
class VenueResourceTest {

    @Test
    void createAnswers201WithLocationAndTheView() {
        String name = unique("梁溪区人大代表之家");
        String location = admin().body(body("HOME", null, "  " + name + " ", "梁溪区"))
                .post(VENUES)
                .then().statusCode(201)
                .header("Location", containsString(VENUES + "/"))
                .body("id", notNullValue())
                .body("kind", equalTo("HOME"))
                .body("parentId", nullValue())
                .body("name", equalTo(name))
                .body("region", equalTo("梁溪区"))
                .body("latitude", equalTo(31.58f))
                .body("longitude", equalTo(120.30f))
                .body("openingHours", equalTo("每月第三个星期二 9:00-11:30"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", equalTo(0))
                .extract().header("Location");
        int id = admin().get(location).then().statusCode(200).body("name", equalTo(name)).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(location).endsWith(VENUES + "/" + id);
    }

    @Test
    void aPositionIsOptional() {
        Map<String, Object> body = body("HOME", null, unique("无坐标"), "梁溪区");
        body.remove("latitude");
        body.remove("longitude");
        body.remove("openingHours");
        admin().body(body).post(VENUES).then().statusCode(201)
                .body("latitude", nullValue()).body("longitude", nullValue()).body("openingHours", nullValue());
    }

    @Test
    void updateReplacesEveryFieldAndBumpsTheVersion() {
        long[] tree = VenueFixtures.tree(unique("region"));
        long otherHome = create("HOME", null, "梁溪区");
        Map<String, Object> station = read(tree[1]);
        String newName = unique("广益街道人大代表联络站");
        admin().body(update(station, Map.of("name", newName, "parentId", otherHome, "region", "锡山区",
                        "latitude", 30.0, "longitude", 121.0, "openingHours", "")))
                .put(VENUES + "/" + tree[1])
                .then().statusCode(200)
                .body("name", equalTo(newName))
                .body("parentId", equalTo((int) otherHome))
                .body("region", equalTo("锡山区"))
                .body("openingHours", nullValue())
                .body("version", equalTo(1));
        admin().get(VENUES + "/" + tree[1]).then().body("name", equalTo(newName)).body("version", equalTo(1));
    }

    @Test
    void updateBasedOnAStaleVersionIs409() {
        long home = create("HOME", null, "梁溪区");
        Map<String, Object> view = read(home);
        admin().body(update(view, Map.of("name", unique("first")))).put(VENUES + "/" + home).then().statusCode(200);
        admin().body(update(view, Map.of("name", unique("second")))).put(VENUES + "/" + home)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("context.currentVersion", equalTo(1))
                .body("detail", containsString("changed by someone else"));
    }

    @Test
    void listFiltersByKindParentRegionTextAndActiveInOrderOfId() {
        String region = unique("区");
        long[] tree = VenueFixtures.tree(region);
        Map<String, Object> garden = body("POINT", tree[1], "Plum Garden " + region, region);
        garden.put("address", "12 Lake Road");
        long gardenId = create(garden);
        Map<String, Object> sale = body("POINT", tree[1], "Point 50%_off " + region, region);
        long saleId = create(sale);

        list(Map.of("region", region)).body("total", equalTo(5))
                .body("items.id", contains(ids(tree[0], tree[1], tree[2], gardenId, saleId)));
        list(Map.of("region", region, "kind", "POINT")).body("items.id", contains(ids(tree[2], gardenId, saleId)));
        list(Map.of("parentId", tree[0])).body("items.id", contains(ids(tree[1])));
        list(Map.of("region", region, "q", "PLUM garden")).body("items.id", contains(ids(gardenId)));
        list(Map.of("region", region, "q", "lake ROAD")).body("items.id", contains(ids(gardenId)));
        list(Map.of("region", region, "q", "%_")).body("items.id", contains(ids(saleId)));
        list(Map.of("region", region, "q", "_")).body("items.id", contains(ids(saleId)));

        admin().delete(VENUES + "/" + gardenId).then().statusCode(204);
        list(Map.of("region", region, "active", false)).body("items.id", contains(ids(gardenId)));
        list(Map.of("region", region, "active", true)).body("total", equalTo(4));
    }

    @Test
    void listPages() {
        String region = unique("区");
        long[] tree = VenueFixtures.tree(region);
        list(Map.of("region", region, "size", 2)).body("items.id", contains(ids(tree[0], tree[1])))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        list(Map.of("region", region, "size", 2, "page", 1)).body("items.id", contains(ids(tree[2])));
        list(Map.of("region", region, "size", 2, "page", 5)).body("items.size()", equalTo(0)).body("total", equalTo(3));
    }

    @Test
    void badListParametersAreFieldErrors() {
        admin().queryParam("kind", "CASTLE").get(VENUES).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        admin().queryParam("size", 500).get(VENUES).then().statusCode(400).body("errors[0].field", equalTo("size"));
        admin().queryParam("page", -1).get(VENUES).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void invalidFieldsAreFieldErrors() {
        expectFieldErrors(Map.of("name", "  "), "name");
        expectFieldErrors(Map.of("name", "x".repeat(201)), "name");
        expectFieldErrors(Map.of("latitude", 91), "latitude");
        expectFieldErrors(Map.of("longitude", -180.5), "longitude");
        expectFieldErrors(Map.of("region", "", "address", ""), "address", "region");
        expectFieldErrors(Map.of("openingHours", "x".repeat(501)), "openingHours");
        Map<String, Object> latitudeOnly = body("HOME", null, unique("h"), "r");
        latitudeOnly.remove("longitude");
        admin().body(latitudeOnly).post(VENUES).then().statusCode(400)
                .body("errors[0].field", equalTo("longitude"))
                .body("errors[0].message", equalTo("is required when latitude is given"));
        Map<String, Object> noKind = body("HOME", null, unique("h"), "r");
        noKind.remove("kind");
        admin().body(noKind).post(VENUES).then().statusCode(400).body("errors.field", contains("kind"));
        admin().body(Map.of("kind", "CASTLE")).post(VENUES).then().statusCode(400);
        long home = create("HOME", null, "r");
        Map<String, Object> withoutVersion = update(read(home), Map.of());
        withoutVersion.remove("version");
        withoutVersion.remove("active");
        admin().body(withoutVersion).put(VENUES + "/" + home).then().statusCode(400)
                .body("errors.field", contains("active", "version"));
    }

    private static void expectFieldErrors(Map<String, Object> changes, String... fields) {
        Map<String, Object> body = body("HOME", null, unique("h"), "r");
        body.putAll(changes);
        admin().body(body).post(VENUES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains((Object[]) fields));
    }

    @Test
    void unknownVenueIs404() {
        String unknown = VENUES + "/987654321";
        admin().get(unknown).then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Venue 987654321 was not found."));
        admin().delete(unknown).then().statusCode(404);
        admin().body(update(read(create("HOME", null, "r")), Map.of())).put(unknown).then().statusCode(404);
        admin().get(VENUES + "/not-a-number").then().statusCode(404);
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return admin().queryParams(query).get(VENUES).then().statusCode(200);
    }

    private static Object[] ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toArray();
    }
}
