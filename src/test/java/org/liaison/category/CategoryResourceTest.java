package org.liaison.category;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.liaison.department.DepartmentFixtures;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CategoryResourceTest {

    private static final String CATEGORIES = "/api/admin/categories";

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static Map<String, Object> category(String code, Long departmentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameZh", "环境卫生");
        body.put("nameEn", "Environment and sanitation");
        body.put("defaultDepartmentId", departmentId);
        body.put("acceptHours", 24);
        body.put("resolveHours", 240);
        return body;
    }

    static long create(Map<String, Object> body) {
        return admin().body(body).post(CATEGORIES).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String code() {
        return DepartmentFixtures.uniqueCode("CAT");
    }

    @Test
    void createAnswers201WithLocation() {
        long department = DepartmentFixtures.create();
        String code = code();
        var created = admin().body(category(code, department)).post(CATEGORIES).then().statusCode(201)
                .body("code", equalTo(code))
                .body("defaultDepartmentId", equalTo((int) department))
                .body("acceptHours", equalTo(24))
                .body("resolveHours", equalTo(240))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
        long id = created.extract().jsonPath().getLong("id");
        String location = created.extract().header("Location");
        assertThat(location).endsWith(CATEGORIES + "/" + id);
        given().auth().oauth2(Tokens.admin()).get(location).then().statusCode(200).body("nameEn", equalTo("Environment and sanitation"));
    }

    @Test
    void withoutDefaultDepartment() {
        admin().body(category(code(), null)).post(CATEGORIES).then().statusCode(201).body("defaultDepartmentId", nullValue());
    }

    @Test
    void fieldRulesAreFieldErrors() {
        Map<String, Object> body = category("bad code", null);
        body.put("nameZh", " ");
        body.put("nameEn", null);
        body.put("acceptHours", 721);
        body.put("resolveHours", 8761);
        admin().body(body).post(CATEGORIES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("acceptHours", "code", "nameEn", "nameZh", "resolveHours"));

        Map<String, Object> zero = category(code(), null);
        zero.put("acceptHours", 0);
        zero.remove("resolveHours");
        admin().body(zero).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("acceptHours", "resolveHours"));

        Map<String, Object> edges = category(code(), null);
        edges.put("acceptHours", 720);
        edges.put("resolveHours", 8760);
        admin().body(edges).post(CATEGORIES).then().statusCode(201);
    }

    @Test
    void resolveBeforeAcceptAndUnusableDepartmentsAreFieldErrors() {
        Map<String, Object> inverted = category(code(), null);
        inverted.put("acceptHours", 48);
        inverted.put("resolveHours", 47);
        admin().body(inverted).post(CATEGORIES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("resolveHours"));
        inverted.put("resolveHours", 48);
        admin().body(inverted).post(CATEGORIES).then().statusCode(201);

        admin().body(category(code(), 987654321L)).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", contains("defaultDepartmentId"));

        long inactive = DepartmentFixtures.createInactive();
        Map<String, Object> both = category(code(), inactive);
        both.put("resolveHours", 1);
        admin().body(both).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("defaultDepartmentId", "resolveHours"));
    }

    @Test
    void duplicateCodeIs409() {
        String code = code();
        create(category(code, null));
        admin().body(category(code, null)).post(CATEGORIES).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        long other = create(category(code(), null));
        Map<String, Object> update = category(code, null);
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(CATEGORIES + "/" + other).then().statusCode(409);
    }

    @Test
    void updateReplacesEverythingAndAStaleVersionIs409() {
        long department = DepartmentFixtures.create();
        long id = create(category(code(), department));
        String newCode = code();
        Map<String, Object> update = category(newCode, null);
        update.put("nameZh", "交通出行");
        update.put("acceptHours", 12);
        update.put("resolveHours", 12);
        update.put("active", false);
        update.put("version", 0);
        admin().body(update).put(CATEGORIES + "/" + id).then().statusCode(200)
                .body("code", equalTo(newCode))
                .body("nameZh", equalTo("交通出行"))
                .body("defaultDepartmentId", nullValue())
                .body("acceptHours", equalTo(12))
                .body("active", equalTo(false))
                .body("version", equalTo(1));

        update.put("nameZh", "lost update");
        admin().body(update).put(CATEGORIES + "/" + id).then().statusCode(409).body("context.currentVersion", equalTo(1));
        admin().get(CATEGORIES + "/" + id).then().body("nameZh", equalTo("交通出行"));

        update.put("version", 1);
        update.put("resolveHours", 11);
        admin().body(update).put(CATEGORIES + "/" + id).then().statusCode(400).body("errors.field", contains("resolveHours"));
    }

    @Test
    void deleteDeactivatesIdempotentlyAndUnknownIs404() {
        long id = create(category(code(), null));
        admin().delete(CATEGORIES + "/" + id).then().statusCode(204);
        admin().delete(CATEGORIES + "/" + id).then().statusCode(204);
        admin().get(CATEGORIES + "/" + id).then().statusCode(200).body("active", equalTo(false));

        admin().get(CATEGORIES + "/987654321").then().statusCode(404).contentType(startsWith("application/problem+json"));
        Map<String, Object> update = category(code(), null);
        update.put("active", true);
        update.put("version", 0);
        admin().body(update).put(CATEGORIES + "/987654321").then().statusCode(404);
        admin().delete(CATEGORIES + "/987654321").then().statusCode(404);
    }

    @Test
    void listFiltersByTextAndActive() {
        String marker = DepartmentFixtures.uniqueCode("LIST");
        long a = create(category(marker + "_A", null));
        long b = create(category(marker + "_B", null));
        admin().delete(CATEGORIES + "/" + b).then().statusCode(204);
        admin().queryParam("q", marker.toLowerCase()).get(CATEGORIES).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains((int) a, (int) b));
        admin().queryParam("q", marker).queryParam("active", false).get(CATEGORIES).then()
                .body("items.id", contains((int) b));
        admin().queryParam("page", -1).get(CATEGORIES).then().statusCode(400);
    }

    @Test
    void everyAdministrationEndpointRequiresAnAdministrator() {
        Map<String, Object> body = category(code(), null);
        SecurityMatrix.assertRequires("admin", List.of(
                Call.post(CATEGORIES, body),
                Call.get(CATEGORIES),
                Call.get(CATEGORIES + "/1"),
                Call.put(CATEGORIES + "/1", body),
                Call.delete(CATEGORIES + "/1")));
    }
}
