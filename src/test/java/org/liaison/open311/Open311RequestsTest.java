package org.liaison.open311;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.open311.Open311Fixtures.BASE;

/** Requests created through Open311 are ordinary cases; the listings filter, page and keep residents' privacy. */
@QuarkusTest
class Open311RequestsTest {

    @Inject
    Open311Database database;

    @Test
    void latAndLongGoToTheNearestVenueAndAreRoutedLikeAnyOtherSubmission() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        Map<String, String> form = Open311Fixtures.form(Open311Fixtures.apiKey(), place);
        form.remove("address_id");
        form.put("lat", Double.toString(place.latitude() + 0.005));
        form.put("long", Double.toString(place.longitude()));
        form.put("first_name", "小红");
        form.put("phone", "13900001111");
        form.put("attribute[contact_consent]", "true");
        String id = Open311Fixtures.create(form);

        JsonNode request = single(given().get(BASE + "/requests/" + id + ".json"));
        assertThat(request.get("address_id").asText()).isEqualTo(place.venueCode());
        Map<String, Object> row = database.row("select venue_id, assigned_deputy_id, routing_rule, resident_name_enc, contact_consent, "
                + "status from resident_case where tracking_code = ?", id);
        assertThat(row.get("venue_id")).isEqualTo(place.venueId());
        assertThat(row.get("assigned_deputy_id")).isEqualTo(place.deputyId());
        assertThat(row.get("routing_rule")).isNotNull();
        assertThat(row.get("status")).isEqualTo("ASSIGNED");
        assertThat((String) row.get("resident_name_enc")).isNotBlank().doesNotContain("小红");
        assertThat(row.get("contact_consent")).isEqualTo(true);
        assertThat(given().auth().oauth2(Tokens.deputy(place.deputyId())).get("/api/deputy/cases/" + database.caseId(id))
                .then().statusCode(200).extract().<String>path("text")).startsWith(form.get("description"));
    }

    @Test
    void anIdempotencyKeyMakesARetryAnswerTheSameRequestWithoutASecondCase() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        Map<String, String> form = Open311Fixtures.form(Open311Fixtures.apiKey(), place);
        Response first = Open311Fixtures.post(form).header("Idempotency-Key", "open311-retry-0001").post(BASE + "/requests.json");
        Response again = Open311Fixtures.post(form).header("Idempotency-Key", "open311-retry-0001").post(BASE + "/requests.xml");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        String id = first.path("[0].service_request_id");
        assertThat(again.xmlPath().getString("service_requests.request.service_request_id")).isEqualTo(id);
        assertThat(database.number("select count(*) from resident_case where text = ?", form.get("description"))).isEqualTo(1);
        assertThat(database.number("select count(*) from open311_request o join resident_case c on c.id = o.case_id "
                + "where c.tracking_code = ?", id)).isEqualTo(1);

        form.put("description", "另一件事");
        Response different = Open311Fixtures.post(form).header("Idempotency-Key", "open311-retry-0001").post(BASE + "/requests.json");
        Open311ErrorsTest.error(different, 400);
    }

    @Test
    void listsFilterByServiceAndStatusAndPage() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        String key = Open311Fixtures.apiKey();
        String oldest = Open311Fixtures.create(Open311Fixtures.form(key, place));
        String middle = Open311Fixtures.create(Open311Fixtures.form(key, place));
        String newest = Open311Fixtures.create(Open311Fixtures.form(key, place));
        String byService = BASE + "/requests.json?service_code=" + place.serviceCode();

        assertThat(ids(given().get(byService))).containsExactly(newest, middle, oldest);
        assertThat(ids(given().get(byService + "&page_size=2"))).containsExactly(newest, middle);
        assertThat(ids(given().get(byService + "&page_size=2&page=2"))).containsExactly(oldest);
        assertThat(ids(given().get(BASE + "/requests.json?service_request_id=" + oldest + "," + newest.toLowerCase())))
                .containsExactlyInAnyOrder(oldest, newest);

        given().auth().oauth2(Tokens.deputy(place.deputyId())).contentType("application/json")
                .body(Map.of("reason", "不属于人大代表联系事项")).post("/api/deputy/cases/" + database.caseId(middle) + "/reject")
                .then().statusCode(200);
        assertThat(ids(given().get(byService + "&status=closed"))).containsExactly(middle);
        assertThat(ids(given().get(byService + "&status=open"))).containsExactly(newest, oldest);
        assertThat(ids(given().get(byService + "&status=open,closed"))).containsExactly(newest, middle, oldest);
        JsonNode rejected = single(given().get(BASE + "/requests/" + middle + ".json"));
        assertThat(rejected.get("status").asText()).isEqualTo("closed");
        assertThat(rejected.get("status_notes").asText()).isEqualTo("不予受理");

        JsonNode updates = Open311Documents.json(given().get(BASE + "/servicerequestupdates.json"), "extra-schema/request-updates.json");
        JsonNode closing = Open311RoundTripTest.all(updates, "service_request_id", middle).stream()
                .filter(u -> u.get("external_status_code").asText().equals("REJECTED")).findFirst().orElseThrow();
        assertThat(closing.get("status").asText()).isEqualTo("closed");
        assertThat(closing.get("description").asText()).isEqualTo("不属于人大代表联系事项");
    }

    @Test
    void theDefaultWindowIsTheMostRecentNinetyDays() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        String id = Open311Fixtures.create(Open311Fixtures.form(Open311Fixtures.apiKey(), place));
        Instant longAgo = Instant.now().minus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(database.update("update resident_case set submitted_at = ? where tracking_code = ?",
                java.sql.Timestamp.from(longAgo), id)).isEqualTo(1);
        String byService = BASE + "/requests.json?service_code=" + place.serviceCode();
        assertThat(ids(given().get(byService))).isEmpty();
        assertThat(ids(given().get(byService + "&start_date=" + longAgo.minusSeconds(60)))).containsExactly(id);
        assertThat(ids(given().get(byService + "&end_date=" + longAgo.plusSeconds(60)))).containsExactly(id);
        JsonNode request = single(given().get(BASE + "/requests/" + id + ".json"));
        assertThat(java.time.OffsetDateTime.parse(request.get("requested_datetime").asText()).toInstant()).isEqualTo(longAgo);
    }

    @Test
    void casesFromTheVenuePagesShowNoTextAndNobodysPersonalData() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        Map<String, Object> submission = new HashMap<>();
        submission.put("categoryCode", place.serviceCode());
        submission.put("text", "我家楼道的灯坏了，我住 3 单元 502");
        submission.put("name", "王阿姨");
        submission.put("phone", "13700002222");
        submission.put("contactConsent", true);
        String trackingCode = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString()).body(submission)
                .post("/api/public/venues/{code}/submissions", place.venueCode()).then().statusCode(201)
                .extract().path("trackingCode");

        Response json = given().get(BASE + "/requests/" + trackingCode + ".json");
        JsonNode request = single(json);
        assertThat(request.get("description").isNull()).isTrue();
        assertThat(request.get("media_url").isNull()).isTrue();
        assertThat(request.get("agency_responsible").asText()).isEqualTo(place.deputyName());
        assertThat(json.asString()).doesNotContain("王阿姨", "13700002222", "楼道的灯", "3 单元 502");
        JsonNode updates = Open311Documents.read(given().get(BASE + "/servicerequestupdates.json").asByteArray());
        assertThat(Open311RoundTripTest.all(updates, "service_request_id", trackingCode)).isNotEmpty()
                .allSatisfy(u -> assertThat(u.toString()).doesNotContain("王阿姨", "13700002222", "楼道的灯", "3 单元 502"));
        Open311Documents.xml(given().get(BASE + "/requests/" + trackingCode + ".xml"), "service_requests",
                Open311Documents.read(json.asByteArray()));
    }

    @Test
    void englishNamesAndNotesWhenTheClientPrefersEnglish() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        String id = Open311Fixtures.create(Open311Fixtures.form(Open311Fixtures.apiKey(), place));
        JsonNode request = single(given().header("Accept-Language", "en-GB,en;q=0.8").get(BASE + "/requests/" + id + ".json"));
        assertThat(request.get("status_notes").asText()).isEqualTo("Waiting for a deputy to take it on");
        assertThat(request.get("service_name").asText()).isEqualTo("Test category " + place.serviceCode());
        JsonNode services = Open311Documents.json(given().header("Accept-Language", "en").get(BASE + "/services.json"),
                "schema/services.json");
        assertThat(Open311RoundTripTest.find(services, "service_code", place.serviceCode()).get("service_name").asText())
                .isEqualTo("Test category " + place.serviceCode());
    }

    private static JsonNode single(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = Open311Documents.json(response, "schema/requests.json");
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static List<String> ids(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return Open311Documents.json(response, "schema/requests.json").findValuesAsText("service_request_id");
    }
}
