package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.Logins.Pair;
import org.liaison.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A user's sessions: listing, logging out, ending one from another device; an administrator ending them all. */
@QuarkusTest
class SessionsTest {

    @Test
    void theSessionsListShowsEachDeviceAndWhichOneIsAsking() {
        String name = Logins.newAdmin();
        Pair phone = Logins.pair(Logins.login(name, Logins.PASSWORD, "王丽的手机"));
        Logins.pair(Logins.login(name, Logins.PASSWORD, "office laptop"));

        JsonPath sessions = Logins.as(phone.accessToken()).get("/api/me/sessions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(sessions.getList("deviceLabel")).containsExactlyInAnyOrder("王丽的手机", "office laptop");
        assertThat(sessions.getList("current")).containsExactlyInAnyOrder(true, false);
        assertThat(sessions.getList("clientAddress")).allMatch(address -> address != null);
        assertThat(sessions.getList("createdAt")).doesNotContainNull();
        assertThat(sessions.getList("lastUsedAt")).doesNotContainNull();
        String body = Logins.as(phone.accessToken()).get("/api/me/sessions").asString();
        assertThat(body).doesNotContain(phone.refreshToken()).doesNotContain("token");
    }

    @Test
    void logoutEndsTheCurrentSessionOnly() {
        String name = Logins.newAdmin();
        Pair phone = Logins.login(name);
        Pair laptop = Logins.login(name);

        Logins.as(phone.accessToken()).post("/api/auth/logout").then().statusCode(204);

        assertThat(Logins.meStatus(phone.accessToken())).isEqualTo(401);
        Logins.refresh(phone.refreshToken()).then().statusCode(401);
        assertThat(Logins.meStatus(laptop.accessToken())).isEqualTo(200);
        assertThat(Logins.as(laptop.accessToken()).get("/api/me/sessions").jsonPath().getList("id")).hasSize(1);
    }

    @Test
    void aLostPhoneIsSignedOutFromTheLaptop() {
        String name = Logins.newAdmin();
        Pair phone = Logins.pair(Logins.login(name, Logins.PASSWORD, "lost phone"));
        Pair laptop = Logins.login(name);
        List<Map<String, Object>> sessions = Logins.as(laptop.accessToken()).get("/api/me/sessions").jsonPath().getList("$");
        Object phoneSession = sessions.stream().filter(s -> "lost phone".equals(s.get("deviceLabel"))).findFirst()
                .orElseThrow().get("id");

        Logins.as(laptop.accessToken()).delete("/api/me/sessions/" + phoneSession).then().statusCode(204);
        Logins.as(laptop.accessToken()).delete("/api/me/sessions/" + phoneSession).then().statusCode(204);

        assertThat(Logins.meStatus(phone.accessToken())).isEqualTo(401);
        Logins.refresh(phone.refreshToken()).then().statusCode(401);
        assertThat(Logins.meStatus(laptop.accessToken())).isEqualTo(200);
        Logins.pair(Logins.refresh(laptop.refreshToken()));
    }

    @Test
    void anotherAccountsSessionIsNotFound() {
        Pair mine = Logins.login(Logins.newAdmin());
        Pair theirs = Logins.login(Logins.newAdmin());
        long theirSession = Logins.as(theirs.accessToken()).get("/api/me/sessions").jsonPath().getLong("[0].id");

        Logins.as(mine.accessToken()).delete("/api/me/sessions/" + theirSession).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Logins.as(mine.accessToken()).delete("/api/me/sessions/999999999").then().statusCode(404);
        assertThat(Logins.meStatus(theirs.accessToken())).isEqualTo(200);
    }

    @Test
    void anAdministratorEndsEverySessionOfAnAccount() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        Pair one = Logins.login(account.username());
        Pair two = Logins.login(account.username());

        given().auth().oauth2(Tokens.admin()).delete("/api/admin/accounts/" + account.id() + "/sessions")
                .then().statusCode(204);

        for (Pair pair : List.of(one, two)) {
            assertThat(Logins.meStatus(pair.accessToken())).isEqualTo(401);
            Logins.refresh(pair.refreshToken()).then().statusCode(401);
        }
        // it may log in again
        assertThat(Logins.meStatus(Logins.login(account.username()).accessToken())).isEqualTo(200);
        given().auth().oauth2(Tokens.admin()).delete("/api/admin/accounts/999999999/sessions").then().statusCode(404);
    }

    @Test
    void disablingAnAccountVoidsItsTokensAndReEnablingDoesNotBringThemBack() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        Pair pair = Logins.login(account.username());
        assertThat(Logins.meStatus(pair.accessToken())).isEqualTo(200);

        given().auth().oauth2(Tokens.admin()).post("/api/admin/accounts/" + account.id() + "/disable").then().statusCode(200);
        assertThat(Logins.meStatus(pair.accessToken())).isEqualTo(401);
        Logins.refresh(pair.refreshToken()).then().statusCode(401);

        given().auth().oauth2(Tokens.admin()).post("/api/admin/accounts/" + account.id() + "/enable").then().statusCode(200);
        assertThat(Logins.meStatus(pair.accessToken())).isEqualTo(401);
        Logins.refresh(pair.refreshToken()).then().statusCode(401);
        assertThat(Logins.meStatus(Logins.login(account.username()).accessToken())).isEqualTo(200);
    }

    @Test
    void aPasswordResetVoidsEveryTokenOfTheAccount() {
        Logins.Created account = Logins.newAccount("admin", null, null);
        Pair pair = Logins.login(account.username());

        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("password", "a fresh secret here"))
                .post("/api/admin/accounts/" + account.id() + "/password").then().statusCode(204);

        assertThat(Logins.meStatus(pair.accessToken())).isEqualTo(401);
        Logins.refresh(pair.refreshToken()).then().statusCode(401).body("status", equalTo(401));
        Logins.login(account.username(), "a fresh secret here", null).then().statusCode(200);
    }
}
