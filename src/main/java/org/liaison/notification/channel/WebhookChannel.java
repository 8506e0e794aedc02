package org.liaison.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.NotifyConfig;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs each message as JSON to NOTIFY_WEBHOOK_URL (an administration's own SMS platform, a chat bot), signed:
 * {@code X-Liaison-Signature: sha256=<hex HMAC-SHA256 of the exact body with NOTIFY_WEBHOOK_SECRET>}. Any 2xx is
 * delivery; the message id lets the receiver drop a repeat.
 */
@ApplicationScoped
public class WebhookChannel implements NotificationChannel {

    public static final String SIGNATURE_HEADER = "X-Liaison-Signature";

    private final NotifyConfig.Webhook config;
    private final HttpTransport http;
    private final ObjectMapper json;

    WebhookChannel(NotifyConfig config, HttpTransport http, ObjectMapper json) {
        this.config = config.webhook();
        this.http = http;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean reachesPhone() {
        return true;
    }

    @Override
    public Uni<Delivery> send(OutgoingMessage message) {
        if (config.url().isEmpty() || config.secret().isEmpty()) {
            return Uni.createFrom().item(new Delivery.Failed("NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET must be set"));
        }
        byte[] body = body(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().get().toString()))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, signature(config.secret().get(), body))
                .header("X-Liaison-Message-Id", message.messageId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request, response -> Delivery.sent(), null);
    }

    /** The header value for a body: sha256= and the hex HMAC-SHA256 of exactly these bytes. */
    public static String signature(String secret, byte[] body) {
        return "sha256=" + Hmac.hex(Hmac.sign("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), body));
    }

    byte[] body(OutgoingMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", message.messageId());
        body.put("role", message.role());
        body.put("recipientId", message.recipientId());
        body.put("phone", message.phone());
        body.put("subscriptionId", message.subscriptionId());
        body.put("templateKey", message.templateKey());
        body.put("language", message.language());
        body.put("text", message.text());
        body.put("trackingCode", message.trackingCode());
        body.put("parameters", message.parameters());
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
