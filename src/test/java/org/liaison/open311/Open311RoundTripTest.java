package org.liaison.open311;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.open311.Open311Fixtures.BASE;

/**
 * The whole path of an integrator: discovery, services, a definition, POST with a key, GET by id, a deputy acts
 * through the deputy API, GET shows the new status and the updates feed the new steps. Every JSON answer is
 * validated against the GeoReport schemas, every XML answer for well-formedness and the same element names.
 */
@QuarkusTest
class Open311RoundTripTest {

    @Inject
    Open311Database database;

    @Test
    void discoveryServicesPostGetActUpdates() {
        Instant before = Instant.now().minusSeconds(5);
        Open311Fixtures.Place place = Open311Fixtures.place();
        String key = Open311Fixtures.apiKey();

        JsonNode discovery = Open311Documents.json(given().get(BASE + "/discovery.json"), "extra-schema/discovery.json");
        assertThat(discovery.at("/endpoints/0/url").asText()).endsWith("/open311/v2");
        assertThat(discovery.at("/endpoints/0/specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        Open311Documents.xml(given().get(BASE + "/discovery.xml"), "discovery", discovery);

        JsonNode services = Open311Documents.json(given().get(BASE + "/services.json"), "schema/services.json");
        JsonNode ours = find(services, "service_code", place.serviceCode());
        assertThat(ours.get("service_name").asText()).isEqualTo("测试类别 " + place.serviceCode());
        assertThat(ours.get("type").asText()).isEqualTo("realtime");
        Open311Documents.xml(given().get(BASE + "/services.xml"), "services", services);

        String definitionPath = BASE + "/services/" + place.serviceCode();
        JsonNode definition = Open311Documents.json(given().get(definitionPath + ".json"), "schema/service-definition.json");
        assertThat(definition.get("service_code").asText()).isEqualTo(place.serviceCode());
        assertThat(definition.findValuesAsText("code")).containsExactly("anonymous", "contact_consent");
        Open311Documents.xml(given().get(definitionPath + ".xml"), "service_definition", definition);

        Map<String, String> form = Open311Fixtures.form(key, place);
        form.put("first_name", "小明");
        form.put("last_name", "李");
        form.put("phone", "13912345678");
        form.put("email", "li.xiaoming@example.cn");
        form.put("media_url", "https://photos.example.cn/lamp.jpg");
        form.put("attribute[contact_consent]", "true");
        JsonNode created = Open311Documents.json(Open311Fixtures.post(form).post(BASE + "/requests.json"),
                "extra-schema/created-requests.json");
        String id = created.at("/0/service_request_id").asText();
        assertThat(created.at("/0/service_notice").asText()).contains(place.deputyName());

        JsonNode request = getRequest(id);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("status_notes").asText()).isEqualTo("待接单");
        assertThat(request.get("service_code").asText()).isEqualTo(place.serviceCode());
        assertThat(request.get("address_id").asText()).isEqualTo(place.venueCode());
        assertThat(request.get("agency_responsible").asText()).isEqualTo(place.deputyName());
        assertThat(request.get("description").asText()).startsWith(form.get("description"));
        assertThat(request.get("media_url").asText()).isEqualTo("https://photos.example.cn/lamp.jpg");
        assertThat(request.get("expected_datetime").asText()).matches(".*\\+08:00");
        assertThat(request.get("lat").asDouble()).isEqualTo(place.latitude());
        assertThat(request.toString()).doesNotContain("小明", "13912345678", "li.xiaoming");
        Open311Documents.xml(given().get(BASE + "/requests/" + id + ".xml"), "service_requests",
                Open311Documents.read(given().get(BASE + "/requests/" + id + ".json").asByteArray()));

        long caseId = database.caseId(id);
        assertThat(given().auth().oauth2(Tokens.deputy(place.deputyId())).post("/api/deputy/cases/" + caseId + "/accept")
                .statusCode()).isEqualTo(200);
        assertThat(getRequest(id).get("status_notes").asText()).isEqualTo("已接单");
        given().auth().oauth2(Tokens.deputy(place.deputyId())).contentType("application/json")
                .body(Map.of("reply", "已联系路灯所，本周内修复")).post("/api/deputy/cases/" + caseId + "/respond")
                .then().statusCode(200);
        JsonNode answered = getRequest(id);
        assertThat(answered.get("status").asText()).isEqualTo("open");
        assertThat(answered.get("status_notes").asText()).isEqualTo("已答复");

        String window = "?start_date=" + before.truncatedTo(ChronoUnit.SECONDS) + "&end_date="
                + Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        JsonNode updates = Open311Documents.json(given().get(BASE + "/servicerequestupdates.json" + window),
                "extra-schema/request-updates.json");
        List<JsonNode> mine = all(updates, "service_request_id", id);
        assertThat(mine).extracting(u -> u.get("external_status_code").asText())
                .containsSubsequence("ASSIGNED", "ACCEPTED", "RESPONDED");
        JsonNode response = mine.stream().filter(u -> u.get("external_status_code").asText().equals("RESPONDED"))
                .findFirst().orElseThrow();
        assertThat(response.get("description").asText()).isEqualTo("已联系路灯所，本周内修复");
        assertThat(response.get("status").asText()).isEqualTo("open");
        assertThat(mine).extracting(u -> Long.parseLong(u.get("update_id").asText())).isSorted();
        Response xml = given().get(BASE + "/servicerequestupdates.xml" + window);
        Open311Documents.xml(xml, "service_request_updates",
                Open311Documents.read(given().get(BASE + "/servicerequestupdates.json" + window).asByteArray()));
    }

    private JsonNode getRequest(String id) {
        JsonNode list = Open311Documents.json(given().get(BASE + "/requests/" + id + ".json"), "schema/requests.json");
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static JsonNode find(JsonNode list, String field, String value) {
        List<JsonNode> found = all(list, field, value);
        assertThat(found).as("%s=%s in %s", field, value, list).hasSize(1);
        return found.get(0);
    }

    static List<JsonNode> all(JsonNode list, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(item -> {
            if (item.path(field).asText().equals(value)) {
                found.add(item);
            }
        });
        return found;
    }
}
