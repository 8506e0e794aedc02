package org.liaison.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts made through the admin API and real logins against them: tokens that carry a session. */
public final class Logins {

    public static final String PASSWORD = "a long enough secret";

    private Logins() {
    }

    /** What a login or refresh returns. */
    public record Pair(String accessToken, String refreshToken) {
    }

    /** A new administrator account; returns its username. */
    public static String newAdmin() {
        return newAccount("admin", null, null).username();
    }

    /** A created account: its id and username (the password is {@link #PASSWORD}). */
    public record Created(long id, String username) {
    }

    public static Created newAccount(String role, Long deputyId, Long departmentId) {
        String username = role + "." + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        body.put("deputyId", deputyId);
        body.put("departmentId", departmentId);
        long id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Created(id, username);
    }

    public static Response login(String username, String password, String deviceLabel) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", password));
        if (deviceLabel != null) {
            body.put("deviceLabel", deviceLabel);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/auth/token");
    }

    public static Pair login(String username) {
        return pair(login(username, PASSWORD, null));
    }

    public static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken)).post("/api/auth/refresh");
    }

    /** A successful answer's tokens. */
    public static Pair pair(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return new Pair(response.path("access_token"), response.path("refresh_token"));
    }

    public static RequestSpecification as(String accessToken) {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
    }

    /** The status /api/me answers for the token: 200 while it counts, 401 once revoked. */
    public static int meStatus(String accessToken) {
        return as(accessToken).get("/api/me").statusCode();
    }
}
