package org.liaison.push;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.support.KeyPairFiles;
import org.liaison.support.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Two instances of the packaged application in the production profile, sharing one PostgreSQL of their own:
 * what a load balancer in front of two pods looks like. For the cross-instance push test and its benchmark.
 */
public final class TwoInstances implements AutoCloseable {

    public static final String ADMIN = "chief";
    public static final String ADMIN_PASSWORD = "a long enough first password";
    private static final String DB_PASSWORD = "push-test-password";

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    public final PackagedApp a;
    public final PackagedApp b;

    private TwoInstances(EmbeddedPostgres postgres, String jdbcUrl, PackagedApp a, PackagedApp b) {
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
        this.a = a;
        this.b = b;
    }

    /** Starts the database, then A (which migrates it and creates the first admin), then B. */
    public static TwoInstances start(Map<String, String> extraEnvironment) throws Exception {
        return start(extraEnvironment, false);
    }

    /**
     * Starts the database, then A and B: one after the other, or together, racing to migrate the empty database
     * and to create the first administrator.
     */
    public static TwoInstances start(Map<String, String> extraEnvironment, boolean together) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(PackagedApp.freePort()).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE liaison LOGIN PASSWORD '" + DB_PASSWORD + "'");
            statement.execute("CREATE DATABASE liaison OWNER liaison");
        }
        Path keyDirectory = Files.createTempDirectory("liaison-push-keys");
        KeyPairFiles keys = KeyPairFiles.generate(keyDirectory);
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "postgresql://localhost:" + postgres.getPort() + "/liaison");
        environment.put("DB_USER", "liaison");
        environment.put("DB_PASSWORD", DB_PASSWORD);
        environment.put("PUBLIC_BASE_URL", "https://liaison.example.test");
        environment.put("JWT_ISSUER", "https://liaison.example.test");
        environment.put("JWT_SIGN_KEY_LOCATION", keys.signKey().toString());
        environment.put("JWT_VERIFY_KEY_LOCATION", keys.verifyKey().toString());
        environment.put("PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        environment.put("STREAM_TICKET_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        environment.put("ADMIN_USERNAME", ADMIN);
        environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.putAll(extraEnvironment);
        PackagedApp a = PackagedApp.start(environment);
        if (!together) {
            a.awaitReady(Duration.ofSeconds(120));
        }
        PackagedApp b = PackagedApp.start(environment);
        a.awaitReady(Duration.ofSeconds(120));
        b.awaitReady(Duration.ofSeconds(120));
        return new TwoInstances(postgres, "jdbc:postgresql://localhost:" + postgres.getPort() + "/liaison", a, b);
    }

    /** A JDBC connection to the shared database, as the application's own user. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "liaison", DB_PASSWORD);
    }

    @Override
    public void close() throws Exception {
        try {
            a.close();
            b.close();
        } finally {
            postgres.close();
        }
    }
}
