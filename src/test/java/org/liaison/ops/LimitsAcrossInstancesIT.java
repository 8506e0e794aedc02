package org.liaison.ops;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.push.TwoInstances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances behind an imagined load balancer: the login limit (5 per username) holds for both together,
 * not 5 on each.
 */
class LimitsAcrossInstancesIT {

    @Test
    void wrongPasswordsSpreadOverTwoInstancesGetTheConfiguredNumberOf401sInAll() throws Exception {
        try (TwoInstances instances = TwoInstances.start(Map.of())) {
            List<Integer> statuses = new ArrayList<>();
            for (int attempt = 0; attempt < 12; attempt++) {
                int port = attempt % 2 == 0 ? instances.a.port() : instances.b.port();
                statuses.add(given().port(port).contentType(ContentType.JSON)
                        .body(Map.of("username", TwoInstances.ADMIN, "password", "wrong guess " + attempt))
                        .post("/api/auth/token").statusCode());
            }
            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 12)).containsOnly(429);
        }
    }
}
