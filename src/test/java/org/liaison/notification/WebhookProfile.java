package org.liaison.notification;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The notification tests' application: messages go to a webhook on a port of the test's own (its HTTP test port
 * plus 20000, so checkouts testing side by side do not collide), with a short send timeout and lease; cases with a
 * push subscription also get Web Push, signed with an ephemeral VAPID key pair.
 */
public class WebhookProfile implements QuarkusTestProfile {

    public static final String SECRET = "test-webhook-secret";

    public static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("LIAISON_TEST_HTTP_PORT", "8081")) + 20000;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "liaison.notify.channels", "webhook,webpush",
                "liaison.notify.webhook.url", "http://127.0.0.1:" + port() + "/hook",
                "liaison.notify.webhook.secret", SECRET,
                "liaison.notify.send-timeout", "2s",
                "liaison.notify.lease", "30s",
                "liaison.notify.daily-cap-per-phone", "3",
                "liaison.public-base-url", "https://liaison.example.gov.cn");
    }
}
