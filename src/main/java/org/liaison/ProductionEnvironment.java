package org.liaison;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What production needs from its environment, checked before anything starts so that a missing
 * setting is one clear line instead of a stack trace, and so that the public dev-only keys or an
 * embedded database can never serve real residents.
 */
public final class ProductionEnvironment {

    /** Settings production cannot run without, with what each is for. */
    static final Map<String, String> REQUIRED = new java.util.LinkedHashMap<>();

    static {
        REQUIRED.put("DB_URL", "PostgreSQL address, e.g. postgresql://db.example:5432/liaison");
        REQUIRED.put("DB_USER", "database user");
        REQUIRED.put("DB_PASSWORD", "database password");
        REQUIRED.put("PUBLIC_BASE_URL", "address residents reach, printed in QR codes, e.g. https://liaison.example.gov.cn");
        REQUIRED.put("JWT_ISSUER", "issuer of access tokens, e.g. https://liaison.example.gov.cn");
        REQUIRED.put("JWT_SIGN_KEY_LOCATION", "path or URL of the PEM private key that signs tokens");
        REQUIRED.put("JWT_VERIFY_KEY_LOCATION", "path or URL of the PEM public key (or JWKS) that verifies tokens");
        REQUIRED.put("PERSONAL_DATA_KEY", "base64 AES-256 key encrypting residents' names and phones: openssl rand -base64 32");
        REQUIRED.put("STREAM_TICKET_KEY", "base64 key signing the tracking page's stream tickets, shared by all instances: openssl rand -base64 32");
    }

    /** Settings a notification channel needs, required only when NOTIFY_CHANNELS enables that channel. */
    static final Map<String, List<String>> CHANNEL_SETTINGS = Map.of(
            "webhook", List.of("NOTIFY_WEBHOOK_URL", "NOTIFY_WEBHOOK_SECRET"),
            "tencent-sms", List.of("TENCENT_SMS_SECRET_ID", "TENCENT_SMS_SECRET_KEY", "TENCENT_SMS_APP_ID", "TENCENT_SMS_SIGN_NAME"),
            "aliyun-sms", List.of("ALIYUN_SMS_ACCESS_KEY_ID", "ALIYUN_SMS_ACCESS_KEY_SECRET", "ALIYUN_SMS_SIGN_NAME"),
            "webpush", List.of("NOTIFY_WEBPUSH_PUBLIC_KEY", "NOTIFY_WEBPUSH_PRIVATE_KEY", "NOTIFY_WEBPUSH_SUBJECT"));

    /** The personal-data key of dev mode and tests (application.properties); public, so refused in production. */
    static final String DEV_PERSONAL_DATA_KEY = "ZGV2LW9ubHktcGVyc29uYWwtZGF0YS1rZXktMzJieXQ=";

    /** The stream-ticket key of dev mode and tests (application.properties); public, so refused in production. */
    static final String DEV_STREAM_TICKET_KEY = "ZGV2LW9ubHktc3RyZWFtLXRpY2tldC1rZXktMzJieXQ=";

    static final String DEV_KEYS = "dev-only-keys/";

    private static final Pattern URL_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

    private ProductionEnvironment() {
    }

    /** The problems that stop a production start; empty when it may go ahead. */
    static List<String> problems(Function<String, String> settings) {
        return problems(settings, embeddedDatabasePresent());
    }

    static boolean embeddedDatabasePresent() {
        return ProductionEnvironment.class.getClassLoader()
                .getResource("io/quarkiverse/embedded/postgresql/EmbeddedPostgreSQLRecorder.class") != null;
    }

    /** The problems that stop a production start, given the settings and whether the dev database is on the class path. */
    static List<String> problems(Function<String, String> settings, boolean embeddedDatabase) {
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED.keySet().stream()
                .filter(name -> settings.apply(name) == null || settings.apply(name).isBlank()).toList();
        if (!missing.isEmpty()) {
            problems.add("set " + String.join(", ", missing.stream().map(n -> n + " (" + REQUIRED.get(n) + ")").toList()));
        }
        problems.addAll(channelProblems(settings));
        if (DEV_PERSONAL_DATA_KEY.equals(settings.apply("PERSONAL_DATA_KEY"))) {
            problems.add("PERSONAL_DATA_KEY is the public dev-only key; generate one with openssl rand -base64 32");
        }
        if (DEV_STREAM_TICKET_KEY.equals(settings.apply("STREAM_TICKET_KEY"))) {
            problems.add("STREAM_TICKET_KEY is the public dev-only key; generate one with openssl rand -base64 32");
        }
        for (String key : List.of("JWT_SIGN_KEY_LOCATION", "JWT_VERIFY_KEY_LOCATION")) {
            String location = settings.apply(key);
            if (location == null || location.isBlank()) {
                continue;
            }
            if (location.contains(DEV_KEYS) || isDevKey(location)) {
                problems.add(key + " points at the public dev-only key; generate a key pair of your own");
            } else if (!isReadable(location)) {
                // Otherwise the service starts and reports ready, yet every login or token check fails.
                problems.add(key + " names no readable file: " + location);
            }
        }
        if (embeddedDatabase) {
            problems.add("this build contains the embedded dev database; build with ./mvnw package (not from an IDE dev classpath)");
        }
        return problems;
    }

    /** Each enabled notification channel's settings; a disabled channel needs none. */
    static List<String> channelProblems(Function<String, String> settings) {
        String channels = settings.apply("NOTIFY_CHANNELS");
        List<String> problems = new ArrayList<>();
        for (String channel : channels == null ? new String[0] : channels.split(",")) {
            List<String> needed = CHANNEL_SETTINGS.getOrDefault(channel.trim().toLowerCase(java.util.Locale.ROOT), List.of());
            List<String> missing = needed.stream().filter(name -> settings.apply(name) == null || settings.apply(name).isBlank()).toList();
            if (!missing.isEmpty()) {
                problems.add("NOTIFY_CHANNELS enables " + channel.trim() + ": set " + String.join(", ", missing));
            }
        }
        return problems;
    }

    /** A local key file must exist; URLs (https:, classpath:) are left for the JWT library to resolve. */
    private static boolean isReadable(String location) {
        if (URL_SCHEME.matcher(location).lookingAt() && !location.startsWith("file:")) {
            return true;
        }
        Path path = localPath(location);
        if (Files.isRegularFile(path) && Files.isReadable(path)) {
            return true;
        }
        return !location.startsWith("file:") && !path.isAbsolute()
                && ProductionEnvironment.class.getClassLoader().getResource(location) != null;
    }

    private static Path localPath(String location) {
        return Path.of(location.startsWith("file:") ? location.substring(5) : location);
    }

    private static boolean isDevKey(String location) {
        Path path = localPath(location);
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream sign = resource("jwt-sign.pem"); InputStream verify = resource("jwt-verify.pem")) {
            String content = Files.readString(path, StandardCharsets.UTF_8).trim();
            return content.equals(new String(sign.readAllBytes(), StandardCharsets.UTF_8).trim())
                    || content.equals(new String(verify.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InputStream resource(String name) {
        return ProductionEnvironment.class.getClassLoader().getResourceAsStream(DEV_KEYS + name);
    }

    static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
