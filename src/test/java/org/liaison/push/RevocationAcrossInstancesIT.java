package org.liaison.push;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances started together on an empty database: exactly one first administrator; and an account
 * disabled, reset or signed out through one instance loses its access tokens and live streams on the other within
 * the documented bound ({@link #BOUND}), carried by the account_changes LISTEN connection.
 */
class RevocationAcrossInstancesIT {

    /** What the README promises: "within seconds". */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static TwoInstances instances;

    @BeforeAll
    static void start() throws Exception {
        instances = TwoInstances.start(Map.of(), true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void twoInstancesStartingTogetherCreateExactlyOneFirstAdministrator() throws Exception {
        try (Connection db = instances.database();
             ResultSet rows = db.createStatement().executeQuery("select count(*), min(username) from account where role = 'admin'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo(TwoInstances.ADMIN);
        }
        String created = "Created the first administrator";
        assertThat(instances.a.output().contains(created) ^ instances.b.output().contains(created))
                .as("exactly one instance created it").isTrue();
    }

    @Test
    void disablingThroughAVoidsTheTokenAndEndsTheStreamOnB() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        String admin = SharedDatabase.login(a, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
        String username = "deputy." + UUID.randomUUID().toString().substring(0, 8);
        SharedDatabase.deputyWithAccount(a, admin, username, "deputy password");
        String deputy = SharedDatabase.login(a, username, "deputy password");
        long accountId = given().port(b).auth().oauth2(deputy).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getLong("accountId");

        try (SseClient stream = SseClient.open(b, "/api/deputy/events", Map.of("Authorization", "Bearer " + deputy))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextComment(Duration.ofSeconds(20))).isNotNull();

            given().port(a).auth().oauth2(admin).post("/api/admin/accounts/" + accountId + "/disable").then().statusCode(200);

            assertThat(rejectedWithin(b, deputy)).as("token refused on B within " + BOUND).isTrue();
            assertThat(stream.awaitEnd(BOUND)).as("stream on B ended within " + BOUND).isTrue();
        }
    }

    @Test
    void aPasswordResetThroughBVoidsTheTokenAndRefreshTokenOnA() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        String admin = SharedDatabase.login(b, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
        String username = "deputy." + UUID.randomUUID().toString().substring(0, 8);
        SharedDatabase.deputyWithAccount(b, admin, username, "deputy password");
        io.restassured.response.Response login = given().port(a).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "deputy password")).post("/api/auth/token");
        String access = login.path("access_token");
        String refresh = login.path("refresh_token");
        long accountId = given().port(a).auth().oauth2(access).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getLong("accountId");

        given().port(b).auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "a new deputy password"))
                .post("/api/admin/accounts/" + accountId + "/password").then().statusCode(204);

        assertThat(rejectedWithin(a, access)).as("token refused on A within " + BOUND).isTrue();
        given().port(a).contentType(ContentType.JSON).body(Map.of("refresh_token", refresh)).post("/api/auth/refresh")
                .then().statusCode(401);
    }

    @Test
    void loggingOutOnAVoidsTheTokenOnB() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        String admin = SharedDatabase.login(a, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
        assertThat(given().port(b).auth().oauth2(admin).get("/api/me").statusCode()).isEqualTo(200);
        given().port(a).auth().oauth2(admin).post("/api/auth/logout").then().statusCode(204);
        assertThat(rejectedWithin(b, admin)).isTrue();
    }

    /** Polls the instance until it refuses the token, at most {@link #BOUND}. */
    private static boolean rejectedWithin(int port, String token) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().port(port).auth().oauth2(token).get("/api/me").statusCode() == 401) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
