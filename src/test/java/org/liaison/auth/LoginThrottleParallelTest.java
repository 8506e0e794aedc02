package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Attempts are counted before the password is checked, so parallel guesses cannot outrun the throttle. */
@QuarkusTest
class LoginThrottleParallelTest {

    @Test
    void aHundredParallelWrongPasswordsGetAtMostTheConfiguredNumberOf401s() throws Exception {
        String username = "victim-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                // from 100 addresses, so only the per-username limit (5) applies
                String address = "198.18." + (i / 250) + "." + (i % 250 + 1);
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", address)
                        .body(Map.of("username", username, "password", "guess " + UUID.randomUUID()))
                        .post("/api/auth/token").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
