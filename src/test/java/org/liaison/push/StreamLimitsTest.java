package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.liaison.department.DepartmentFixtures;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One client address cannot hold more streams than allowed; closing one frees its slot. */
@QuarkusTest
class StreamLimitsTest {

    @Test
    void pastTheLimitPerAddressANewStreamGets429WithAClearMessage() throws Exception {
        String token = Tokens.department(DepartmentFixtures.create());
        List<SseClient> open = new ArrayList<>();
        try {
            SseClient refused = null;
            // %test.liaison.push.max-streams-per-address is 5; streams of other tests may still be closing.
            for (int i = 0; i < 6 && refused == null; i++) {
                SseClient stream = HolderStreamTest.watch("/api/department/events", token, Map.of());
                if (stream.status() == 429) {
                    refused = stream;
                } else {
                    assertThat(stream.status()).isEqualTo(200);
                    assertThat(stream.nextComment(Duration.ofSeconds(10))).isNotNull();
                    open.add(stream);
                }
            }
            assertThat(refused).as("a stream past the limit is refused").isNotNull();
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("live streams", "\"status\":429");
        } finally {
            open.forEach(SseClient::close);
        }
        // The slots come back once the server notices the closed connections.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            try (SseClient again = SseClient.open(RestAssured.port, "/api/department/events",
                    Map.of("Authorization", "Bearer " + token))) {
                status = again.status();
            }
            Thread.sleep(200);
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }
}
