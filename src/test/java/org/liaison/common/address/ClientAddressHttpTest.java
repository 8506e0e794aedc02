package org.liaison.common.address;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.auth.AuthConfig;

import java.time.Duration;
import java.time.OffsetDateTime;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Through HTTP, with the test profile trusting 127.0.0.1 as its proxy (TRUST_PROXY=true, as k8s/ sets it): a client
 * writing its own X-Forwarded-For before the proxy's entry still lands in one bucket, so the per-address login
 * limit holds. The counter starts 20 short of the limit (as if earlier failures had used the rest), so the last 20
 * attempts are real ones, each with a different forged entry.
 */
@QuarkusTest
class ClientAddressHttpTest {

    @Inject
    Pool pool;
    @Inject
    AuthConfig config;

    @Test
    void aForgedForwardedForDoesNotGiveAFreshLoginBucket() {
        String realAddress = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        pool.preparedQuery("insert into rate_counter (scope, key, window_ends, hits) values ('login-address', $1, $2, $3) "
                        + "on conflict (scope, key) do update set hits = excluded.hits, window_ends = excluded.window_ends")
                .execute(Tuple.of(realAddress, OffsetDateTime.now().plusMinutes(10), config.maxFailuresPerAddress() - 20))
                .await().atMost(Duration.ofSeconds(10));
        for (int attempt = 1; attempt <= 20; attempt++) {
            login(attempt, realAddress).then().statusCode(401);
        }
        login(21, realAddress).then().statusCode(429).contentType("application/problem+json");
    }

    private static io.restassured.response.Response login(int attempt, String realAddress) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "198.51.100." + attempt + ", " + realAddress)
                .body(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "wrong password"))
                .post("/api/auth/token");
    }
}
