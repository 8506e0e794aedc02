package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;

/**
 * bcrypt reads 72 bytes. Two 73-byte passwords that differ only in the 73rd byte would hash alike, so a password
 * longer than 72 bytes in UTF-8 is refused wherever one is set, and never matches at login.
 */
@QuarkusTest
class LongPasswordTest {

    /** 24 three-byte characters: exactly 72 bytes. */
    private static final String SEVENTY_TWO = "密".repeat(24);
    private static final String LONG_A = SEVENTY_TWO + "a";
    private static final String LONG_B = SEVENTY_TWO + "b";

    @Test
    void thePasswordsDifferOnlyAfterByte72() {
        assertThat(LONG_A.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(LONG_A.length()).isLessThanOrEqualTo(128);
        assertThat(LONG_A.getBytes(StandardCharsets.UTF_8)).startsWith(LONG_B.substring(0, 24).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAccountCannotBeCreatedWithOne() {
        Map<String, Object> body = new HashMap<>(Map.of("username", "long." + UUID.randomUUID().toString().substring(0, 8),
                "password", LONG_A, "role", "admin"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body).post("/api/admin/accounts")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("password"));
        Logins.login((String) body.get("username"), LONG_A, null).then().statusCode(401);
    }

    @Test
    void anAdministratorCannotResetToOne() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("password", LONG_A))
                .post("/api/admin/accounts/" + account.id() + "/password")
                .then().statusCode(400).body("errors.field", contains("password"));
        Logins.login(account.username(), Logins.PASSWORD, null).then().statusCode(200);
    }

    @Test
    void theOwnerCannotChooseOne() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        Logins.as(Logins.login(account.username()).accessToken())
                .body(Map.of("currentPassword", Logins.PASSWORD, "newPassword", LONG_A)).post("/api/me/password")
                .then().statusCode(400).body("errors.field", contains("newPassword"));
        Logins.login(account.username(), Logins.PASSWORD, null).then().statusCode(200);
    }

    @Test
    void a72BytePasswordWorksAndALongerOneStartingWithItDoesNot() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("password", SEVENTY_TWO))
                .post("/api/admin/accounts/" + account.id() + "/password").then().statusCode(204);
        Logins.login(account.username(), SEVENTY_TWO, null).then().statusCode(200);
        Logins.login(account.username(), LONG_A, null).then().statusCode(401);
        Logins.login(account.username(), LONG_B, null).then().statusCode(401);
    }
}
