package org.liaison.common.address;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Through HTTP, with the test profile trusting 127.0.0.1 as its proxy (TRUST_PROXY=true, as k8s/ sets it): a client
 * writing its own X-Forwarded-For before the proxy's entry still lands in one bucket, so the per-address login
 * limit (20 in the test profile) holds.
 */
@QuarkusTest
class ClientAddressHttpTest {

    @Test
    void aForgedForwardedForDoesNotGiveAFreshLoginBucket() {
        String realAddress = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
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
