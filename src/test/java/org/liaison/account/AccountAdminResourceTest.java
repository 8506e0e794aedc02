package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.liaison.department.DepartmentFixtures;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.util.Base64;
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
class AccountAdminResourceTest {

    static final String ACCOUNTS = "/api/admin/accounts";
    static final String PASSWORD = "a long enough secret";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    static String username(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> account(String username, String role, Long deputyId, Long departmentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        body.put("deputyId", deputyId);
        body.put("departmentId", departmentId);
        return body;
    }

    static long create(Map<String, Object> body) {
        return admin().body(body).post(ACCOUNTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static ExtractableResponse<Response> login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().extract();
    }

    static String token(String username) {
        ExtractableResponse<Response> login = login(username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        return login.path("access_token");
    }

    private static void assertNoSecrets(String body) {
        assertThat(body).doesNotContainIgnoringCase("password").doesNotContain("$2a$").doesNotContain(PASSWORD);
    }

    @Test
    void createsEachRoleWithLocationAndNeverReturnsThePassword() {
        long deputy = DeputyFixtures.create();
        long department = DepartmentFixtures.create();
        String name = username("Wang.Li");
        ExtractableResponse<Response> created = admin().body(account(name, "deputy", deputy, null)).post(ACCOUNTS)
                .then().statusCode(201)
                .body("username", equalTo(name.toLowerCase()))
                .body("role", equalTo("deputy"))
                .body("deputyId", equalTo((int) deputy))
                .body("departmentId", nullValue())
                .body("enabled", equalTo(true))
                .extract();
        assertNoSecrets(created.asString());
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith(ACCOUNTS + "/" + id);
        assertNoSecrets(given().auth().oauth2(Tokens.admin()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo((int) id)).extract().asString());

        admin().body(account(username("dept"), "department", null, department)).post(ACCOUNTS).then().statusCode(201)
                .body("departmentId", equalTo((int) department)).body("deputyId", nullValue());
        String adminName = username("admin");
        assertNoSecrets(admin().body(account(adminName, "admin", null, null)).post(ACCOUNTS).then().statusCode(201)
                .extract().asString());
        assertNoSecrets(admin().queryParam("q", name.substring(0, 7)).get(ACCOUNTS).then().statusCode(200).extract().asString());

        String payload = new String(Base64.getUrlDecoder().decode(token(name.toUpperCase()).split("\\.")[1]));
        assertThat(payload).contains("\"sub\":\"" + id + "\"").contains("\"deputy_id\":" + deputy);
    }

    @Test
    void duplicateUsernameIs409WhateverItsCase() {
        String name = username("dup");
        create(account(name, "admin", null, null));
        admin().body(account(name.toUpperCase(), "admin", null, null)).post(ACCOUNTS).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(409));
    }

    @Test
    void fieldsAreValidated() {
        Map<String, Object> body = account("ab", "root", null, null);
        body.put("password", "1234567");
        admin().body(body).post(ACCOUNTS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("password", "role", "username"));
        for (String bad : new String[]{"has space", "semi;colon", "x".repeat(65), "名字abc"}) {
            admin().body(account(bad, "admin", null, null)).post(ACCOUNTS).then().statusCode(400)
                    .body("errors.field", contains("username"));
        }
        Map<String, Object> tooLong = account(username("long"), "admin", null, null);
        tooLong.put("password", "p".repeat(129));
        admin().body(tooLong).post(ACCOUNTS).then().statusCode(400).body("errors.field", contains("password"));
        admin().body(Map.of()).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("password", "role", "username"));
    }

    @Test
    void eachRoleNeedsExactlyItsOwnLink() {
        long deputy = DeputyFixtures.create();
        long department = DepartmentFixtures.create();
        admin().body(account(username("d"), "deputy", null, null)).post(ACCOUNTS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("deputyId"));
        admin().body(account(username("d"), "deputy", null, department)).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("deputyId", "departmentId"));
        admin().body(account(username("d"), "department", deputy, null)).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("deputyId", "departmentId"));
        admin().body(account(username("a"), "admin", deputy, department)).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("deputyId", "departmentId"));
        admin().body(account(username("d"), "deputy", 987654321L, null)).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", contains("deputyId"));
        admin().body(account(username("d"), "department", null, 987654321L)).post(ACCOUNTS).then().statusCode(400)
                .body("errors.field", contains("departmentId"));
    }

    @Test
    void listFiltersByRoleTextAndEnabled() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        long department = DepartmentFixtures.create();
        long a = create(account(marker + ".a", "admin", null, null));
        long b = create(account(marker + ".b", "department", null, department));
        long c = create(account(marker + ".c", "admin", null, null));
        admin().post(ACCOUNTS + "/" + c + "/disable").then().statusCode(200);

        admin().queryParam("q", marker.toUpperCase()).get(ACCOUNTS).then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains((int) a, (int) b, (int) c));
        admin().queryParam("q", marker).queryParam("role", "admin").get(ACCOUNTS).then()
                .body("items.id", contains((int) a, (int) c));
        admin().queryParam("q", marker).queryParam("enabled", false).get(ACCOUNTS).then()
                .body("items.id", contains((int) c));
        admin().queryParam("q", marker).queryParam("size", 1).queryParam("page", 2).get(ACCOUNTS).then()
                .body("total", equalTo(3)).body("items.id", contains((int) c));
        admin().queryParam("role", "root").get(ACCOUNTS).then().statusCode(400).body("errors.field", contains("role"));
    }

    @Test
    void unknownAccountIs404() {
        admin().get(ACCOUNTS + "/987654321").then().statusCode(404).contentType(startsWith("application/problem+json"));
        admin().post(ACCOUNTS + "/987654321/disable").then().statusCode(404);
        admin().post(ACCOUNTS + "/987654321/enable").then().statusCode(404);
        admin().body(Map.of("password", "long enough")).post(ACCOUNTS + "/987654321/password").then().statusCode(404);
    }

    @Test
    void everyEndpointRequiresAnAdministrator() {
        Map<String, Object> body = account(username("sec"), "admin", null, null);
        SecurityMatrix.assertRequires("admin", List.of(
                Call.post(ACCOUNTS, body),
                Call.get(ACCOUNTS),
                Call.get(ACCOUNTS + "/1"),
                Call.post(ACCOUNTS + "/1/disable", null),
                Call.post(ACCOUNTS + "/1/enable", null),
                Call.post(ACCOUNTS + "/1/password", Map.of("password", "long enough"))));
    }
}
