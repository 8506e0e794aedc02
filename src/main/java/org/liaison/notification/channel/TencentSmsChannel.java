package org.liaison.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.NotifyConfig;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tencent Cloud SMS (SendSms, API 2021-01-11) over its documented HTTP API, signed with TC3-HMAC-SHA256. Our
 * template keys map to approved template ids (liaison.notify.tencent.template-ids."key"); the template's {1}, {2},
 * {3} are the printed tracking code, the tracking link and the unsubscribe link, as far as the message has them.
 */
@ApplicationScoped
public class TencentSmsChannel implements NotificationChannel {

    private final NotifyConfig.TencentSms config;
    private final HttpTransport http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, String> templates;

    TencentSmsChannel(NotifyConfig config, HttpTransport http, ObjectMapper json, Clock clock) {
        this.config = config.tencent();
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.templates = ProviderTemplates.parse(this.config.templates());
    }

    @Override
    public String name() {
        return "tencent-sms";
    }

    @Override
    public boolean reachesPhone() {
        return true;
    }

    @Override
    public Uni<Delivery> send(OutgoingMessage message) {
        String templateId = templates.get(message.templateKey());
        if (templateId == null || config.secretId().isEmpty() || config.secretKey().isEmpty() || config.appId().isEmpty()
                || config.signName().isEmpty()) {
            return Uni.createFrom().item(new Delivery.Failed("Tencent SMS is not configured for " + message.templateKey()));
        }
        String payload = payload(message, templateId);
        URI endpoint = config.endpoint();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", Tc3Signer.CONTENT_TYPE)
                .header("Authorization", Tc3Signer.authorization(config.secretId().get(), config.secretKey().get(), "sms",
                        host(endpoint), timestamp, payload))
                .header("X-TC-Action", "SendSms")
                .header("X-TC-Version", "2021-01-11")
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", config.region())
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        return http.send(request, this::judge, null);
    }

    /** The Host header the HTTP client sends (with the port when the address names one), which is what is signed. */
    static String host(URI endpoint) {
        return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    String payload(OutgoingMessage message, String templateId) {
        List<String> parameters = new ArrayList<>();
        for (String key : List.of("code", "link", "unsubscribe")) {
            if (message.parameters().containsKey(key)) {
                parameters.add(message.parameters().get(key));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of(SmsPhone.e164(message.phone())));
        body.put("SmsSdkAppId", config.appId().get());
        body.put("SignName", config.signName().get());
        body.put("TemplateId", templateId);
        body.put("TemplateParamSet", parameters);
        body.put("SessionContext", message.messageId());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 200 always; the outcome is inside: Response.Error, or the number's SendStatusSet entry. */
    private Delivery judge(HttpResponse<String> response) {
        JsonNode answer;
        try {
            answer = json.readTree(response.body()).path("Response");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON");
        }
        JsonNode error = answer.path("Error");
        if (!error.isMissingNode()) {
            return outcome(error.path("Code").asText(), error.path("Message").asText());
        }
        JsonNode status = answer.path("SendStatusSet").path(0);
        if (status.isMissingNode() || !status.has("Code")) {
            throw new IllegalArgumentException("no SendStatusSet");
        }
        return "Ok".equals(status.path("Code").asText()) ? Delivery.sent()
                : outcome(status.path("Code").asText(), status.path("Message").asText());
    }

    /** Limits, throttling and the provider's own failures are worth retrying; anything else is final. */
    private static Delivery outcome(String code, String message) {
        String reason = "Tencent " + code + ": " + message;
        boolean transientFailure = code.startsWith("LimitExceeded") || code.startsWith("RequestLimitExceeded")
                || code.startsWith("InternalError") || code.startsWith("FailedOperation.InsufficientBalance");
        return transientFailure ? Delivery.retry(reason) : new Delivery.Failed(reason);
    }
}
