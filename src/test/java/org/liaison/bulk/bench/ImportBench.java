package org.liaison.bulk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.support.KeyPairFiles;
import org.liaison.support.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the bulk work against the packaged application in the production profile on a PostgreSQL of its own:
 * imports of N venues, N deputies and N duties (each one request, first creating, then unchanged), a dry run,
 * and a print file of the first region's 1,000 posters. Run by bench/imports/run.sh; prints one Markdown table row per step.
 */
public final class ImportBench {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "a long enough first password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int posters = Math.min(rows, 1_000);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(PackagedApp.freePort()).start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE liaison LOGIN PASSWORD 'bench'");
                statement.execute("CREATE DATABASE liaison OWNER liaison");
            }
            KeyPairFiles keys = KeyPairFiles.generate(Files.createTempDirectory("liaison-bench-keys"));
            try (PackagedApp app = PackagedApp.start(Map.ofEntries(
                    Map.entry("DB_URL", "postgresql://localhost:" + postgres.getPort() + "/liaison"),
                    Map.entry("DB_USER", "liaison"), Map.entry("DB_PASSWORD", "bench"),
                    Map.entry("PUBLIC_BASE_URL", "https://liaison.example.test"), Map.entry("JWT_ISSUER", "https://liaison.example.test"),
                    Map.entry("JWT_SIGN_KEY_LOCATION", keys.signKey().toString()),
                    Map.entry("JWT_VERIFY_KEY_LOCATION", keys.verifyKey().toString()),
                    Map.entry("PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32))),
                    Map.entry("STREAM_TICKET_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32))),
                    Map.entry("TOKEN_LIFETIME", "PT2H"),
                    Map.entry("ADMIN_USERNAME", ADMIN), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD)))) {
                app.awaitReady(Duration.ofSeconds(120));
                String base = "http://localhost:" + app.port();
                String token = login(base);
                System.out.println("| step | rows | bytes | seconds | answer |");
                System.out.println("|---|---|---|---|---|");
                byte[] venues = BenchSheets.venues(rows);
                byte[] deputies = BenchSheets.deputies(rows);
                byte[] duties = BenchSheets.duties(rows);
                time(base, token, "venues (dry run)", "venues?dryRun=true", venues, rows);
                time(base, token, "venues", "venues", venues, rows);
                time(base, token, "venues again", "venues", venues, rows);
                time(base, token, "deputies (GB18030)", "deputies?charset=GB18030", deputies, rows);
                time(base, token, "duties", "duties", duties, rows);
                time(base, token, "duties again", "duties", duties, rows);
                long start = System.nanoTime();
                HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/posters?region="
                                + BenchSheets.encodedFirstRegion()))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                System.out.printf("| print file, %d posters | %d | %d | %.2f | HTTP %d |%n", posters, posters, pdf.body().length,
                        (System.nanoTime() - start) / 1e9, pdf.statusCode());
            }
        }
    }

    private static void time(String base, String token, String step, String path, byte[] csv, int rows) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/imports/" + path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) / 1e9;
        String answer = response.body().length() > 160 ? response.body().substring(0, 160) + "…" : response.body();
        System.out.printf("| %s | %d | %d | %.2f | HTTP %d `%s` |%n", step, rows, csv.length, seconds, response.statusCode(),
                answer.replace("|", "/"));
    }

    private static String login(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return token.group(1);
    }
}
