package org.liaison.department;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DepartmentResourceTest {

    private static final String DEPARTMENTS = "/api/admin/departments";

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static String uniqueCode(String prefix) {
        return DepartmentFixtures.uniqueCode(prefix);
    }

    static Map<String, Object> department(String code) {
        return DepartmentFixtures.body(code);
    }

    static long create(String code) {
        return DepartmentFixtures.create(code);
    }

    @Test
    void createAnswers201WithLocation() {
        String code = uniqueCode("URBAN");
        var created = admin().body(department(code)).post(DEPARTMENTS).then().statusCode(201)
                .body("code", equalTo(code))
                .body("nameZh", equalTo("区城市管理局"))
                .body("contactPhone", equalTo("0510-80000001"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
        long id = created.extract().jsonPath().getLong("id");
        String location = created.extract().header("Location");
        assertThat(location).endsWith(DEPARTMENTS + "/" + id);
        given().auth().oauth2(Tokens.admin()).get(location).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void nameEnAndPhoneAreOptional() {
        admin().body(Map.of("code", uniqueCode("MIN"), "nameZh", "区民政局")).post(DEPARTMENTS).then().statusCode(201)
                .body("nameEn", nullValue()).body("contactPhone", nullValue());
    }

    @Test
    void invalidFieldsAreReportedTogether() {
        Map<String, Object> body = department("urban");
        body.put("nameZh", "");
        body.put("nameEn", "x".repeat(201));
        body.put("contactPhone", "call me");
        admin().body(body).post(DEPARTMENTS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("code", "contactPhone", "nameEn", "nameZh"));
        for (String code : new String[]{"A", "1ABC", "AB-C", "A" + "B".repeat(40), "ÄB"}) {
            admin().body(department(code)).post(DEPARTMENTS).then().statusCode(400).body("errors.field", contains("code"));
        }
        String longest = "L" + UUID.randomUUID().toString().replace("-", "").toUpperCase() + "_".repeat(7);
        assertThat(longest).hasSize(40);
        admin().body(department(longest)).post(DEPARTMENTS).then().statusCode(201);
    }

    @Test
    void duplicateCodeIs409OnCreateAndUpdate() {
        String taken = uniqueCode("DUP");
        create(taken);
        admin().body(department(taken)).post(DEPARTMENTS).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(409));

        long other = create(uniqueCode("OTHER"));
        Map<String, Object> update = department(taken);
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(DEPARTMENTS + "/" + other).then().statusCode(409);
    }

    @Test
    void updateReplacesEverythingAndAStaleVersionIs409() {
        long id = create(uniqueCode("UPD"));
        String newCode = uniqueCode("RENAMED");
        Map<String, Object> update = new HashMap<>(Map.of("code", newCode, "nameZh", "区交通运输局",
                "contactPhone", "13800000003", "active", false, "version", 0));
        admin().body(update).put(DEPARTMENTS + "/" + id).then().statusCode(200)
                .body("code", equalTo(newCode))
                .body("nameEn", nullValue())
                .body("contactPhone", equalTo("13800000003"))
                .body("active", equalTo(false))
                .body("version", equalTo(1));

        update.put("nameZh", "lost update");
        admin().body(update).put(DEPARTMENTS + "/" + id).then().statusCode(409).body("context.currentVersion", equalTo(1));
        admin().get(DEPARTMENTS + "/" + id).then().body("nameZh", equalTo("区交通运输局"));

        update.remove("active");
        update.put("version", 1);
        admin().body(update).put(DEPARTMENTS + "/" + id).then().statusCode(400).body("errors.field", contains("active"));
    }

    @Test
    void keepingItsOwnCodeIsNoConflict() {
        String code = uniqueCode("SAME");
        long id = create(code);
        Map<String, Object> update = department(code);
        update.put("nameZh", "新名称");
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(DEPARTMENTS + "/" + id).then().statusCode(200).body("nameZh", equalTo("新名称"));
    }

    @Test
    void deleteDeactivatesIdempotently() {
        long id = create(uniqueCode("DEL"));
        admin().delete(DEPARTMENTS + "/" + id).then().statusCode(204);
        admin().delete(DEPARTMENTS + "/" + id).then().statusCode(204);
        admin().get(DEPARTMENTS + "/" + id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void unknownDepartmentIs404() {
        admin().get(DEPARTMENTS + "/987654321").then().statusCode(404).contentType(startsWith("application/problem+json"));
        Map<String, Object> update = department(uniqueCode("X"));
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(DEPARTMENTS + "/987654321").then().statusCode(404);
        admin().delete(DEPARTMENTS + "/987654321").then().statusCode(404);
    }

    @Test
    void listFiltersByTextAndActive() {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        long a = create("A_" + marker);
        long b = create("B_" + marker);
        Map<String, Object> named = department("C_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
        named.put("nameEn", "Bureau " + marker.toLowerCase());
        long c = admin().body(named).post(DEPARTMENTS).then().statusCode(201).extract().jsonPath().getLong("id");
        admin().delete(DEPARTMENTS + "/" + b).then().statusCode(204);

        admin().queryParam("q", marker.toLowerCase()).get(DEPARTMENTS).then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains((int) a, (int) b, (int) c));
        admin().queryParam("q", marker).queryParam("active", true).get(DEPARTMENTS).then()
                .body("items.id", contains((int) a, (int) c));
        admin().queryParam("q", marker).queryParam("size", 2).queryParam("page", 1).get(DEPARTMENTS).then()
                .body("total", equalTo(3)).body("items.id", contains((int) c));
        admin().queryParam("size", 500).get(DEPARTMENTS).then().statusCode(400);
    }

    @Test
    void everyEndpointRequiresAnAdministrator() {
        Map<String, Object> body = department(uniqueCode("SEC"));
        SecurityMatrix.assertRequires("admin", List.of(
                Call.post(DEPARTMENTS, body),
                Call.get(DEPARTMENTS),
                Call.get(DEPARTMENTS + "/1"),
                Call.put(DEPARTMENTS + "/1", body),
                Call.delete(DEPARTMENTS + "/1")));
    }
}
