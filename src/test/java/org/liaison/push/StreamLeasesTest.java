package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.common.limit.LeaseLimit;
import org.liaison.common.limit.SharedLimits;
import org.liaison.department.DepartmentFixtures;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-address stream cap counts the streams the address holds on every instance, not only this one. */
@QuarkusTest
class StreamLeasesTest {

    @Inject
    SharedLimits limits;

    @Test
    void streamsHeldOnAnotherInstanceCountAgainstTheAddress() throws Exception {
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        String token = Tokens.department(DepartmentFixtures.create());
        // another instance serves the address's 5 streams (the test profile's max-streams-per-address)
        LeaseLimit elsewhere = limits.leasesOfAnotherInstance("stream-address", 5, Duration.ofMinutes(1));
        List<LeaseLimit.Lease> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Optional<LeaseLimit.Lease> lease = elsewhere.acquire(address).await().atMost(Duration.ofSeconds(10));
            assertThat(lease).isPresent();
            held.add(lease.get());
        }

        try (SseClient refused = open(token, address)) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }

        held.get(0).release();
        Thread.sleep(300);
        try (SseClient admitted = open(token, address)) {
            assertThat(admitted.status()).isEqualTo(200);
        }
        held.forEach(LeaseLimit.Lease::release);
    }

    private static SseClient open(String token, String address) {
        return SseClient.open(RestAssured.port, "/api/department/events",
                Map.of("Authorization", "Bearer " + token, "X-Forwarded-For", address));
    }
}
