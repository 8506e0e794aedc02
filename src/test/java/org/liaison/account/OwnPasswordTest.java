package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.Logins.Pair;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** POST /api/me/password: the owner changes its password; every other session ends. */
@QuarkusTest
class OwnPasswordTest {

    private static final String PASSWORD_PATH = "/api/me/password";

    private static Map<String, String> change(String current, String next) {
        return Map.of("currentPassword", current, "newPassword", next);
    }

    @Test
    void theNewPasswordWorksTheOldDoesNotAndOnlyThisSessionSurvives() {
        String name = Logins.newAdmin();
        Pair here = Logins.login(name);
        Pair elsewhere = Logins.login(name);

        Logins.as(here.accessToken()).body(change(Logins.PASSWORD, "my own new secret")).post(PASSWORD_PATH)
                .then().statusCode(204);

        assertThat(Logins.meStatus(here.accessToken())).isEqualTo(200);
        Logins.pair(Logins.refresh(here.refreshToken()));
        assertThat(Logins.meStatus(elsewhere.accessToken())).isEqualTo(401);
        Logins.refresh(elsewhere.refreshToken()).then().statusCode(401);
        Logins.login(name, "my own new secret", null).then().statusCode(200);
        Logins.login(name, Logins.PASSWORD, null).then().statusCode(401);
    }

    @Test
    void theCurrentPasswordMustBeRight() {
        String name = Logins.newAdmin();
        Pair pair = Logins.login(name);
        Pair other = Logins.login(name);
        Logins.as(pair.accessToken()).body(change("not my password", "my own new secret")).post(PASSWORD_PATH)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("currentPassword"));
        // nothing changed
        Logins.login(name, Logins.PASSWORD, null).then().statusCode(200);
        assertThat(Logins.meStatus(other.accessToken())).isEqualTo(200);
    }

    @Test
    void theNewPasswordIsCheckedForLengthNameAndCommonness() {
        String name = Logins.newAdmin();
        Pair pair = Logins.login(name);
        for (String weak : new String[]{"short", "password123", "Password123", "11111111", name + "2024",
                name.toUpperCase(), "汉".repeat(24) + "a"}) {
            Logins.as(pair.accessToken()).body(change(Logins.PASSWORD, weak)).post(PASSWORD_PATH)
                    .then().statusCode(400)
                    .body("errors.field", hasItem("newPassword"));
        }
        Logins.login(name, Logins.PASSWORD, null).then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        String name = Logins.newAdmin();
        Pair pair = Logins.login(name);
        for (int i = 0; i < 5; i++) {
            Logins.as(pair.accessToken()).body(change("guess " + i, "my own new secret")).post(PASSWORD_PATH)
                    .then().statusCode(400);
        }
        Logins.as(pair.accessToken()).body(change(Logins.PASSWORD, "my own new secret")).post(PASSWORD_PATH)
                .then().statusCode(429);
    }
}
