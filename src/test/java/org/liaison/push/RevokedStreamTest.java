package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.liaison.department.DepartmentFixtures;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.Logins;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A deputy's or department's open stream ends within seconds when its token is revoked, not when it expires. */
@QuarkusTest
class RevokedStreamTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private static SseClient open(String path, String token) throws InterruptedException {
        SseClient stream = SseClient.open(RestAssured.port, path, Map.of("Authorization", "Bearer " + token));
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.nextComment(Duration.ofSeconds(10))).as("stream open").isNotNull();
        return stream;
    }

    @Test
    void disablingADeputyEndsItsOpenStream() throws Exception {
        Logins.Created account = Logins.newAccount("deputy", DeputyFixtures.create(), null);
        String token = Logins.login(account.username()).accessToken();
        try (SseClient stream = open("/api/deputy/events", token)) {
            given().auth().oauth2(Tokens.admin()).post("/api/admin/accounts/" + account.id() + "/disable")
                    .then().statusCode(200);
            assertThat(stream.awaitEnd(BOUND)).as("stream ended within " + BOUND).isTrue();
        }
        SseClient again = SseClient.open(RestAssured.port, "/api/deputy/events", Map.of("Authorization", "Bearer " + token));
        assertThat(again.status()).isEqualTo(401);
        again.close();
    }

    @Test
    void loggingOutEndsTheStreamOfThatSessionOnly() throws Exception {
        Logins.Created account = Logins.newAccount("department", null, DepartmentFixtures.create());
        String phone = Logins.login(account.username()).accessToken();
        String laptop = Logins.login(account.username()).accessToken();
        try (SseClient onPhone = open("/api/department/events", phone);
             SseClient onLaptop = open("/api/department/events", laptop)) {
            Logins.as(phone).post("/api/auth/logout").then().statusCode(204);
            assertThat(onPhone.awaitEnd(BOUND)).isTrue();
            assertThat(onLaptop.awaitEnd(Duration.ofSeconds(1))).as("the other session's stream stays").isFalse();
        }
    }
}
