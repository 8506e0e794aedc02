package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.account.AccountAdminResourceTest.ACCOUNTS;
import static org.liaison.account.AccountAdminResourceTest.PASSWORD;
import static org.liaison.account.AccountAdminResourceTest.account;
import static org.liaison.account.AccountAdminResourceTest.admin;
import static org.liaison.account.AccountAdminResourceTest.as;
import static org.liaison.account.AccountAdminResourceTest.create;
import static org.liaison.account.AccountAdminResourceTest.login;
import static org.liaison.account.AccountAdminResourceTest.token;
import static org.liaison.account.AccountAdminResourceTest.username;

/** Disabling, enabling and password resets, checked through real logins. */
@QuarkusTest
class AccountLifecycleTest {

    @Test
    void disabledAccountsCannotLogInUntilEnabledAgain() {
        String name = username("dis");
        long id = create(account(name, "admin", null, null));
        token(name);

        admin().post(ACCOUNTS + "/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        admin().post(ACCOUNTS + "/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        login(name, PASSWORD).response().then().statusCode(401).body("title", equalTo("Invalid credentials"));

        admin().post(ACCOUNTS + "/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        admin().post(ACCOUNTS + "/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        token(name);
    }

    @Test
    void passwordResetReplacesThePassword() {
        String name = username("reset");
        long id = create(account(name, "admin", null, null));
        admin().body(Map.of("password", "short")).post(ACCOUNTS + "/" + id + "/password").then().statusCode(400)
                .body("errors.field", contains("password"));
        admin().body(Map.of("password", "a brand new secret")).post(ACCOUNTS + "/" + id + "/password").then()
                .statusCode(204);
        assertThat(login(name, "a brand new secret").statusCode()).isEqualTo(200);
        assertThat(login(name, PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void disableAndEnableNeedNoBody() {
        long id = create(account(username("nobody"), "admin", null, null));
        given().auth().oauth2(Tokens.admin()).post(ACCOUNTS + "/" + id + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false));
        given().auth().oauth2(Tokens.admin()).post(ACCOUNTS + "/" + id + "/enable").then().statusCode(200)
                .body("enabled", equalTo(true));
    }

    @Test
    void anAdministratorCannotDisableItself() {
        String name = username("self");
        long id = create(account(name, "admin", null, null));
        as(token(name)).post(ACCOUNTS + "/" + id + "/disable").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("You cannot disable your own account."));
        admin().get(ACCOUNTS + "/" + id).then().body("enabled", equalTo(true));
    }

    /**
     * Leaves exactly one enabled administrator for a moment, so it restores every account it disabled,
     * even when an assertion fails.
     */
    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        String lastName = username("last");
        long last = create(account(lastName, "admin", null, null));
        String formerName = username("former");
        long former = create(account(formerName, "admin", null, null));
        String formerToken = token(formerName);
        List<Integer> others = admin().queryParam("role", "admin").queryParam("enabled", true).queryParam("size", 200)
                .get(ACCOUNTS).then().statusCode(200).extract().path("items.id");
        others.removeIf(id -> id == last || id == former);
        try {
            for (int id : others) {
                as(formerToken).post(ACCOUNTS + "/" + id + "/disable").then().statusCode(200);
            }
            as(token(lastName)).post(ACCOUNTS + "/" + former + "/disable").then().statusCode(200);

            // a disabled administrator's token stops working at once (issue 10); a token naming no session still acts
            as(formerToken).post(ACCOUNTS + "/" + last + "/disable").then().statusCode(401);
            admin().post(ACCOUNTS + "/" + last + "/disable").then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", startsWith("This is the last enabled administrator"));
            admin().get(ACCOUNTS + "/" + last).then().body("enabled", equalTo(true));
        } finally {
            for (int id : others) {
                admin().post(ACCOUNTS + "/" + id + "/enable").then().statusCode(200);
            }
        }
    }
}
