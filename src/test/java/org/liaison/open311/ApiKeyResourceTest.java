package org.liaison.open311;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.open311.Open311Fixtures.BASE;

/** Keys issued by administrators: shown once, stored hashed, revocable, each with its own rate limit. */
@QuarkusTest
class ApiKeyResourceTest {

    private static final String KEYS = "/api/admin/api-keys";

    @Inject
    Open311Database database;

    @Test
    void onlyAdministratorsManageKeys() {
        SecurityMatrix.assertRequires("admin", List.of(
                SecurityMatrix.Call.post(KEYS, Map.of("clientName", "x")),
                SecurityMatrix.Call.get(KEYS),
                SecurityMatrix.Call.delete(KEYS + "/1")));
    }

    @Test
    void theKeyIsShownOnceAndStoredOnlyAsItsHash() {
        Response created = Open311Fixtures.admin().body(Map.of("clientName", "FixMyStreet 无锡", "rateLimitPerMinute", 120))
                .post(KEYS);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String key = created.path("apiKey");
        int id = created.path("key.id");
        assertThat(key).startsWith("o311_").hasSize(48);
        assertThat(created.header("Location")).endsWith(KEYS + "/" + id);

        String listed = Open311Fixtures.admin().get(KEYS).then().statusCode(200)
                .body("find { it.id == " + id + " }.clientName", equalTo("FixMyStreet 无锡"))
                .body("find { it.id == " + id + " }.keyPrefix", equalTo(key.substring(0, 12)))
                .body("find { it.id == " + id + " }.rateLimitPerMinute", equalTo(120))
                .body("find { it.id == " + id + " }.createdBy", equalTo("admin-test"))
                .body("find { it.id == " + id + " }.active", equalTo(true))
                .extract().asString();
        assertThat(listed).doesNotContain(key);
        String stored = database.text("select key_hash from open311_api_key where id = ?", id);
        assertThat(stored).hasSize(64).isNotEqualTo(key);
        assertThat(database.number("select count(*) from open311_api_key where key_hash = ? or key_prefix = ?", key, key)).isZero();
    }

    @Test
    void aRevokedKeyIsRefusedAt403() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        Response created = Open311Fixtures.admin().body(Map.of("clientName", "soon revoked")).post(KEYS);
        String key = created.path("apiKey");
        int id = created.path("key.id");
        assertThat(Open311Fixtures.post(Open311Fixtures.form(key, place)).post(BASE + "/requests.json").statusCode()).isEqualTo(200);

        Open311Fixtures.admin().delete(KEYS + "/" + id).then().statusCode(204);
        Open311Fixtures.admin().delete(KEYS + "/" + id).then().statusCode(204);
        Open311Fixtures.admin().get(KEYS).then().body("find { it.id == " + id + " }.active", equalTo(false));
        Open311ErrorsTest.error(Open311Fixtures.post(Open311Fixtures.form(key, place)).post(BASE + "/requests.json"), 403);
        Open311Fixtures.admin().delete(KEYS + "/999999999").then().statusCode(404);
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        Open311Fixtures.Place place = Open311Fixtures.place();
        String limited = Open311Fixtures.apiKey(2);
        String other = Open311Fixtures.apiKey();
        for (int i = 0; i < 2; i++) {
            assertThat(Open311Fixtures.post(Open311Fixtures.form(limited, place)).post(BASE + "/requests.json").statusCode())
                    .isEqualTo(200);
        }
        Response refused = Open311Fixtures.post(Open311Fixtures.form(limited, place)).post(BASE + "/requests.xml");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.xmlPath().getInt("errors.error.code")).isEqualTo(429);
        assertThat(Open311Fixtures.post(Open311Fixtures.form(other, place)).post(BASE + "/requests.json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidKeyRequestsAre400() {
        Open311Fixtures.admin().body(Map.of("clientName", " ")).post(KEYS).then().statusCode(400);
        Open311Fixtures.admin().body(Map.of("clientName", "x", "rateLimitPerMinute", 0)).post(KEYS).then().statusCode(400);
        Open311Fixtures.admin().body("{").post(KEYS).then().statusCode(400);
    }
}
