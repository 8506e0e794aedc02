package org.liaison.deputy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DeputyResourceTest {

    private static final String DEPUTIES = "/api/admin/deputies";

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static Map<String, Object> deputy(String name) {
        return DeputyFixtures.body(name);
    }

    static long create(Map<String, Object> body) {
        return DeputyFixtures.create(body);
    }

    private static String marker() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void createAnswers201WithLocationAndTheNormalisedDeputy() {
        String name = "王丽 " + marker();
        ValidatableResponse created = admin().body(deputy(name)).post(DEPUTIES).then().statusCode(201)
                .body("name", equalTo(name))
                .body("level", equalTo("MUNICIPAL"))
                .body("phone", equalTo("13800000009"))
                .body("topics", contains("HOUSING", "养老"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
        long id = created.extract().jsonPath().getLong("id");
        String location = created.extract().header("Location");
        Assertions.assertThat(location).endsWith(DEPUTIES + "/" + id);

        given().auth().oauth2(Tokens.admin()).get(location).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("constituency", equalTo("梁溪区第三选区"))
                .body("photoUrl", equalTo("https://example.org/photos/1.jpg"))
                .body("phone", equalTo("13800000009"));
    }

    @Test
    void minimalDeputyNeedsOnlyNameAndLevel() {
        admin().body(Map.of("name", "刘强 " + marker(), "level", "STREET")).post(DEPUTIES).then().statusCode(201)
                .body("phone", nullValue())
                .body("topics", empty())
                .body("active", equalTo(true));
    }

    @Test
    void invalidFieldsAreReportedTogether() {
        Map<String, Object> body = deputy(" ");
        body.put("biography", "x".repeat(2001));
        body.put("photoUrl", "ftp://example.org/a.jpg");
        body.put("phone", "12345");
        body.put("title", "t".repeat(201));
        admin().body(body).post(DEPUTIES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("biography", "name", "phone", "photoUrl", "title"));
    }

    @Test
    void topicsAreLimitedInNumberLengthAndCommas() {
        Map<String, Object> tooMany = deputy("A " + marker());
        tooMany.put("topics", Collections.nCopies(21, "T"));
        admin().body(tooMany).post(DEPUTIES).then().statusCode(400).body("errors.field", contains("topics"));

        Map<String, Object> badEntries = deputy("A " + marker());
        badEntries.put("topics", List.of("ok", "x".repeat(41), "a,b", ""));
        admin().body(badEntries).post(DEPUTIES).then().statusCode(400)
                .body("errors.size()", equalTo(3))
                .body("errors.field", everyItem(startsWith("topics")));

        Map<String, Object> twenty = deputy("A " + marker());
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            topics.add(("topic" + i + "x".repeat(40)).substring(0, 40));
        }
        twenty.put("topics", topics);
        admin().body(twenty).post(DEPUTIES).then().statusCode(201).body("topics.size()", equalTo(20));
    }

    @Test
    void missingOrUnknownLevelIsAFieldError() {
        admin().body(Map.of("name", "A " + marker())).post(DEPUTIES).then().statusCode(400)
                .body("errors.field", contains("level"));
        admin().body(Map.of("name", "A " + marker(), "level", "MAYOR")).post(DEPUTIES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("level"));
    }

    @Test
    void unknownDeputyIs404() {
        admin().get(DEPUTIES + "/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        Map<String, Object> update = deputy("A " + marker());
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(DEPUTIES + "/987654321").then().statusCode(404);
        admin().delete(DEPUTIES + "/987654321").then().statusCode(404);
    }

    @Test
    void updateReplacesEverythingAndAStaleVersionIs409() {
        long id = create(deputy("张伟 " + marker()));
        Map<String, Object> update = new HashMap<>(Map.of("name", "张伟 renamed", "level", "COUNTY",
                "phone", "0510 8000 0001", "topics", List.of("TRAFFIC"), "active", false, "version", 0));
        admin().body(update).put(DEPUTIES + "/" + id).then().statusCode(200)
                .body("name", equalTo("张伟 renamed"))
                .body("level", equalTo("COUNTY"))
                .body("constituency", nullValue())
                .body("photoUrl", nullValue())
                .body("phone", equalTo("0510-80000001"))
                .body("topics", contains("TRAFFIC"))
                .body("active", equalTo(false))
                .body("version", equalTo(1));

        update.put("name", "lost update");
        admin().body(update).put(DEPUTIES + "/" + id).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("context.currentVersion", equalTo(1));
        admin().get(DEPUTIES + "/" + id).then().body("name", equalTo("张伟 renamed")).body("version", equalTo(1));

        update.remove("version");
        admin().body(update).put(DEPUTIES + "/" + id).then().statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void deleteDeactivatesIdempotentlyAndAnUpdateReactivates() {
        long id = create(deputy("陈静 " + marker()));
        admin().delete(DEPUTIES + "/" + id).then().statusCode(204);
        admin().delete(DEPUTIES + "/" + id).then().statusCode(204);
        int version = admin().get(DEPUTIES + "/" + id).then().statusCode(200)
                .body("active", equalTo(false)).extract().path("version");

        Map<String, Object> update = deputy("陈静 back");
        update.put("active", true);
        update.put("version", version);
        admin().body(update).put(DEPUTIES + "/" + id).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void locationIsAbsolute() {
        String location = admin().body(deputy("A " + marker())).post(DEPUTIES).then().statusCode(201)
                .extract().header("Location");
        Assertions.assertThat(location).startsWith("http").matches(".*/api/admin/deputies/\\d+$");
    }

    @Test
    void everyEndpointRequiresAnAdministrator() {
        Map<String, Object> body = deputy("A " + marker());
        SecurityMatrix.assertRequires("admin", List.of(
                Call.post(DEPUTIES, body),
                Call.get(DEPUTIES),
                Call.get(DEPUTIES + "/1"),
                Call.put(DEPUTIES + "/1", body),
                Call.delete(DEPUTIES + "/1")));
    }
}
