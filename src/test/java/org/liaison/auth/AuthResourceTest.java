package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthResourceTest {

    @Test
    void demoAdminGetsAShortLivedBearerToken() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "admin"))
                .when().post("/api/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("access_token", notNullValue())
                .extract().path("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"groups\":[\"admin\"]").contains("\"aud\":\"liaison\"").contains("\"iss\":");
    }

    @Test
    void usernameIsCaseInsensitiveAndDeputyTokenCarriesItsDeputy() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "Deputy2", "password", "deputy"))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"deputy_id\":").contains("\"groups\":[\"deputy\"]");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        for (String username : new String[]{"dept1", "nobody-at-all"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", "wrong"))
                    .post("/api/auth/token")
                    .then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("title", equalTo("Invalid credentials"))
                    .body("detail", equalTo("The username or password is wrong, or the account is disabled."));
        }
    }

    @Test
    void missingFieldsAreFieldErrors() {
        given().contentType(ContentType.JSON).body(Map.of("username", ""))
                .post("/api/auth/token")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().contentType(ContentType.JSON).body("{\"username\": ")
                .post("/api/auth/token")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void repeatedFailuresForOneUsernameAreThrottled() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", "deputy4", "password", "guess" + i))
                    .post("/api/auth/token").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "deputy4", "password", "deputy"))
                .post("/api/auth/token")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownAddressIsAProblem404() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }
}
