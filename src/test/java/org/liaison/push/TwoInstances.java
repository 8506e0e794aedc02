package org.liaison.push;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two instances of the packaged application (target/quarkus-app) in the production profile, sharing one
 * PostgreSQL of their own: what a load balancer in front of two pods looks like. A leaner sibling of
 * org.liaison.ops.PackagedApp (package-private there), for the cross-instance push test and its benchmark.
 */
public final class TwoInstances implements AutoCloseable {

    public static final String ADMIN = "chief";
    public static final String ADMIN_PASSWORD = "a long enough first password";
    private static final String DB_PASSWORD = "push-test-password";

    /** One running instance. */
    public record Instance(Process process, int port, Path console) {
        public String output() throws IOException {
            return Files.readString(console, StandardCharsets.UTF_8);
        }
    }

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    public final Instance a;
    public final Instance b;

    private TwoInstances(EmbeddedPostgres postgres, String jdbcUrl, Instance a, Instance b) {
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
        this.a = a;
        this.b = b;
    }

    /** Starts the database, then A (which migrates it and creates the first admin), then B. */
    public static TwoInstances start(Map<String, String> extraEnvironment) throws Exception {
        Path artifact = Path.of(System.getProperty("liaison.packaged-app", "target/quarkus-app/quarkus-run.jar"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE liaison LOGIN PASSWORD '" + DB_PASSWORD + "'");
            statement.execute("CREATE DATABASE liaison OWNER liaison");
        }
        Path work = Files.createTempDirectory("liaison-push");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "postgresql://localhost:" + postgres.getPort() + "/liaison");
        environment.put("DB_USER", "liaison");
        environment.put("DB_PASSWORD", DB_PASSWORD);
        environment.put("PUBLIC_BASE_URL", "https://liaison.example.test");
        environment.put("JWT_ISSUER", "https://liaison.example.test");
        environment.put("JWT_SIGN_KEY_LOCATION", pem(work.resolve("sign.pem"), "PRIVATE KEY", keys.getPrivate().getEncoded()));
        environment.put("JWT_VERIFY_KEY_LOCATION", pem(work.resolve("verify.pem"), "PUBLIC KEY", keys.getPublic().getEncoded()));
        environment.put("PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        environment.put("ADMIN_USERNAME", ADMIN);
        environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.putAll(extraEnvironment);
        Instance a = launch(artifact, work.resolve("a"), environment);
        awaitReady(a, Duration.ofSeconds(120));
        Instance b = launch(artifact, work.resolve("b"), environment);
        awaitReady(b, Duration.ofSeconds(120));
        return new TwoInstances(postgres, "jdbc:postgresql://localhost:" + postgres.getPort() + "/liaison", a, b);
    }

    /** A JDBC connection to the shared database, as the application's own user. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "liaison", DB_PASSWORD);
    }

    private static Instance launch(Path artifact, Path directory, Map<String, String> environment) throws IOException {
        Files.createDirectories(directory);
        int port = freePort();
        Path console = directory.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-jar", artifact.toAbsolutePath().toString()))
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(environment);
        return new Instance(builder.start(), port, console);
    }

    private static void awaitReady(Instance instance, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!instance.process().isAlive()) {
                throw new IllegalStateException("The instance stopped before it was ready:\n" + instance.output());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The instance was not ready within " + timeout + ":\n" + instance.output());
    }

    private static String pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        return file.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Instance instance : new Instance[]{a, b}) {
            instance.process().destroy();
        }
        for (Instance instance : new Instance[]{a, b}) {
            if (!instance.process().waitFor(15, TimeUnit.SECONDS)) {
                instance.process().destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        postgres.close();
    }
}
