package org.liaison.open311;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.open311.Open311Fixtures.BASE;

/**
 * Errors in the specification's format and status codes (403 key, 404 unknown, 400 otherwise), in JSON and XML;
 * bad input never a 5xx, and a refused request creates nothing.
 */
@QuarkusTest
class Open311ErrorsTest {

    private static Open311Fixtures.Place place;
    private static String key;

    @BeforeEach
    void setUp() {
        if (place == null) {
            place = Open311Fixtures.place();
            key = Open311Fixtures.apiKey();
        }
    }

    static JsonNode error(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        JsonNode errors = Open311Documents.json(response, "extra-schema/errors.json");
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        return errors;
    }

    @Test
    void aMissingKeyIs403InBothFormats() {
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.remove("api_key");
        JsonNode errors = error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 403);
        assertThat(errors.get(0).get("description").asText()).contains("api_key");
        Response xml = Open311Fixtures.post(form).post(BASE + "/requests.xml");
        assertThat(xml.statusCode()).isEqualTo(403);
        Open311Documents.xml(xml, "errors", errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"o311_not-a-key-at-all", "xyz", "o311_", "' or 1=1 --"})
    void anUnknownKeyIs403AndCreatesNothing(String badKey) {
        Map<String, String> form = Open311Fixtures.form(badKey, place);
        error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 403);
        JsonNode mine = Open311Documents.read(given().get(BASE + "/requests.json?service_code=" + place.serviceCode()).asByteArray());
        assertThat(mine.findValuesAsText("description")).doesNotContain(form.get("description"));
    }

    @Test
    void theKeyIsCheckedBeforeAnythingElse() {
        error(Open311Fixtures.post(Map.of("api_key", "o311_wrong")).post(BASE + "/requests.json"), 403);
    }

    @Test
    void aKeyInTheQueryStringWorksToo() {
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.remove("api_key");
        assertThat(Open311Fixtures.post(form).queryParam("api_key", key).post(BASE + "/requests.json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownServicesRequestsAndAddressesAre404() {
        error(given().get(BASE + "/services/NO_SUCH_CATEGORY.json"), 404);
        error(given().get(BASE + "/requests/ZZZZZZZZZ.json"), 404);
        error(given().get(BASE + "/nothing-here.json"), 404);
        error(given().get(BASE + "/services"), 404);
        Response xml = given().get(BASE + "/requests/ZZZZZZZZZ.xml");
        assertThat(xml.statusCode()).isEqualTo(404);
        Open311Documents.xml(xml, "errors", Open311Documents.read(given().get(BASE + "/requests/ZZZZZZZZZ.json").asByteArray()));
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.put("service_code", "NO_SUCH_CATEGORY");
        error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 404);
    }

    @Test
    void anotherJurisdictionIs404AndOursOrAnEmptyOneIsFine() {
        error(given().get(BASE + "/services.json?jurisdiction_id=sfgov.org"), 404);
        assertThat(given().get(BASE + "/services.json?jurisdiction_id=liaison.local").statusCode()).isEqualTo(200);
        assertThat(given().get(BASE + "/services.json?jurisdiction_id=").statusCode()).isEqualTo(200);
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.put("jurisdiction_id", "sfgov.org");
        error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "service_code|",
            "description|",
            "address_id|",
            "address_id|NOTACODE1",
            "address_id|ABCDEFGHJ",
            "media_url|ftp://example.cn/a.jpg",
            "phone|not a phone",
            "attribute[anonymous]|maybe",
            "lat|31.5"})
    void invalidFieldsAre400(String field, String value) {
        Map<String, String> form = Open311Fixtures.form(key, place);
        if (value == null) {
            form.remove(field);
        } else {
            form.put(field, value);
        }
        error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 400);
    }

    @Test
    void aDescriptionOverFourThousandCharactersIs400NamingIt() {
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.put("description", "长".repeat(4001));
        JsonNode errors = error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 400);
        assertThat(errors.get(0).get("description").asText()).startsWith("description:");
    }

    @Test
    void aPointFarFromEveryVenueIs400() {
        Map<String, String> form = Open311Fixtures.form(key, place);
        form.remove("address_id");
        form.put("lat", "-45.0");
        form.put("long", "-170.0");
        JsonNode errors = error(Open311Fixtures.post(form).post(BASE + "/requests.json"), 400);
        assertThat(errors.get(0).get("description").asText()).contains("3000 m");
    }

    @Test
    void aBodyThatIsNotAFormIs400() {
        error(given().contentType("application/json").body("{\"service_code\":\"X\"}").post(BASE + "/requests.json"), 400);
        error(given().contentType("text/plain").body("api_key=" + key).post(BASE + "/requests.json"), 400);
    }

    @Test
    void aMalformedIdempotencyKeyIs400() {
        error(Open311Fixtures.post(Open311Fixtures.form(key, place)).header("Idempotency-Key", "é").post(BASE + "/requests.json"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start_date=yesterday", "end_date=2026-12-01T00:00:00", "status=pending", "page=0",
            "page_size=1001", "page_size=abc", "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
            "start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"})
    void badListParametersAre400(String query) {
        error(given().get(BASE + "/requests.json?" + query), 400);
        if (!query.startsWith("status")) {
            error(given().get(BASE + "/servicerequestupdates.json?" + query), 400);
        }
    }

    @Test
    void emptyOptionalParametersBehaveExactlyLikeAbsentOnes() {
        String absent = given().get(BASE + "/requests.json").asString();
        String empty = given().get(BASE + "/requests.json?service_request_id=&service_code=&start_date=&end_date=&status="
                + "&page=&page_size=&jurisdiction_id=").asString();
        assertThat(empty).isEqualTo(absent);
        assertThat(given().get(BASE + "/servicerequestupdates.json?start_date=&end_date=&page=&page_size=").asString())
                .isEqualTo(given().get(BASE + "/servicerequestupdates.json").asString());
    }

    @Test
    void noInputEverGetsA5xx() {
        List<String> values = List.of("", "%20", "+", "%00", "%27%22%3C%3E", "-1", "9".repeat(40), "1e309", "NaN", "null",
                "%E2%80%AE", "%F0%9F%98%80", "a,b,,c", "..%2F..%2F", "2026-02-30T00:00:00Z");
        List<String> lists = List.of("service_request_id", "service_code", "start_date", "end_date", "status", "page",
                "page_size", "jurisdiction_id");
        for (String parameter : lists) {
            for (String value : values) {
                for (String path : List.of("/requests.json", "/servicerequestupdates.xml", "/services.json")) {
                    int status = given().urlEncodingEnabled(false).get(BASE + path + "?" + parameter + "=" + value).statusCode();
                    assertThat(status).as("%s?%s=%s", path, parameter, value).isLessThan(500);
                }
            }
        }
        for (String field : List.of("service_code", "address_id", "lat", "long", "description", "media_url", "phone",
                "first_name", "attribute[anonymous]", "address_string", "jurisdiction_id")) {
            for (String value : values) {
                Map<String, String> form = Open311Fixtures.form(key, place);
                form.put(field, value);
                int status = given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                        .body(encode(form, field, value)).post(BASE + "/requests.json").statusCode();
                assertThat(status).as("%s=%s", field, value).isLessThan(500);
            }
        }
        for (String id : List.of("%00", "%27", "a".repeat(300), "7K4M-9QXT-B", "..", "%E2%80%AE")) {
            assertThat(given().urlEncodingEnabled(false).get(BASE + "/requests/" + id + ".json").statusCode()).isLessThan(500);
            assertThat(given().urlEncodingEnabled(false).get(BASE + "/services/" + id + ".xml").statusCode()).isLessThan(500);
        }
    }

    /** The form with one raw (already encoded or deliberately broken) value. */
    private static String encode(Map<String, String> form, String rawField, String rawValue) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(name.equals(rawField) ? rawValue : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
