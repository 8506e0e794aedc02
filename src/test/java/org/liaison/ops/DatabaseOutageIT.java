package org.liaison.ops;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.support.KeyPairFiles;
import org.liaison.support.PackagedApp;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under the running packaged application: every endpoint that needs it answers 503 problem details
 * with Retry-After (never a 500), readiness goes down, and both come back by themselves when the database returns.
 */
class DatabaseOutageIT {

    private static final String DB_PASSWORD = "outage-test-password";

    @TempDir
    Path files;

    @Test
    void whileTheDatabaseIsDownTheApiAnswers503AndRecoversOnItsOwn() throws Exception {
        int port = PackagedApp.freePort();
        Path data = files.resolve("pgdata");
        EmbeddedPostgres postgres = database(port, data);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE liaison LOGIN PASSWORD '" + DB_PASSWORD + "'");
            statement.execute("CREATE DATABASE liaison OWNER liaison");
        }
        KeyPairFiles keys = KeyPairFiles.generate(files);
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "postgresql://localhost:" + port + "/liaison");
        environment.put("DB_USER", "liaison");
        environment.put("DB_PASSWORD", DB_PASSWORD);
        environment.put("PUBLIC_BASE_URL", "https://liaison.example.test");
        environment.put("JWT_ISSUER", "https://liaison.example.test");
        environment.put("JWT_SIGN_KEY_LOCATION", keys.signKey().toString());
        environment.put("JWT_VERIFY_KEY_LOCATION", keys.verifyKey().toString());
        environment.put("PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        environment.put("STREAM_TICKET_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        environment.put("ADMIN_USERNAME", "chief");
        environment.put("ADMIN_PASSWORD", "a long enough first password");
        try (PackagedApp app = PackagedApp.start(environment)) {
            app.awaitReady(Duration.ofSeconds(120));
            String token = given().port(app.port()).contentType(ContentType.JSON)
                    .body(Map.of("username", "chief", "password", "a long enough first password"))
                    .post("/api/auth/token").then().statusCode(200).extract().path("access_token");

            postgres.close();

            unavailable(given().port(app.port()).auth().oauth2(token).get("/api/admin/venues"));
            unavailable(given().port(app.port()).get("/api/public/categories"));
            unavailable(given().port(app.port()).contentType(ContentType.JSON)
                    .body(Map.of("username", "chief", "password", "a long enough first password")).post("/api/auth/token"));
            unavailable(given().port(app.port()).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", "OUTAGE", "nameZh", "停电", "nameEn", "Outage", "acceptHours", 24, "resolveHours", 240))
                    .post("/api/admin/categories"));
            assertThat(given().port(app.managementPort()).get("/q/health/ready").statusCode()).isEqualTo(503);
            assertThat(app.output()).doesNotContain("Unexpected error");

            postgres = database(port, data);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (given().port(app.managementPort()).get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(given().port(app.managementPort()).get("/q/health/ready").statusCode()).isEqualTo(200);
            given().port(app.port()).auth().oauth2(token).get("/api/admin/venues").then().statusCode(200);
        } finally {
            postgres.close();
        }
    }

    private static void unavailable(Response response) {
        response.then().statusCode(503).contentType("application/problem+json");
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    private static EmbeddedPostgres database(int port, Path data) throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }
}
