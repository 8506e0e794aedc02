package org.liaison.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.NotifyConfig;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Alibaba Cloud SMS (SendSms, API 2017-05-25) over its documented HTTP API: a form POST signed with the RPC
 * signature. Template keys map to approved template codes (liaison.notify.aliyun.template-codes."key"); the
 * template variables are ${code}, ${link} and ${unsubscribe}, as far as the message has them.
 */
@ApplicationScoped
public class AliyunSmsChannel implements NotificationChannel {

    /** Throttling and the provider's own trouble: worth another try later. */
    private static final Set<String> TRANSIENT = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL",
            "Throttling.User", "Throttling", "isp.SYSTEM_ERROR", "ServiceUnavailable", "InternalError");

    private final NotifyConfig.AliyunSms config;
    private final HttpTransport http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, String> templates;

    AliyunSmsChannel(NotifyConfig config, HttpTransport http, ObjectMapper json, Clock clock) {
        this.config = config.aliyun();
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.templates = ProviderTemplates.parse(this.config.templates());
    }

    @Override
    public String name() {
        return "aliyun-sms";
    }

    @Override
    public boolean reachesPhone() {
        return true;
    }

    @Override
    public Uni<Delivery> send(OutgoingMessage message) {
        String templateCode = templates.get(message.templateKey());
        if (templateCode == null || config.accessKeyId().isEmpty() || config.accessKeySecret().isEmpty()
                || config.signName().isEmpty()) {
            return Uni.createFrom().item(new Delivery.Failed("Aliyun SMS is not configured for " + message.templateKey()));
        }
        Map<String, String> parameters = parameters(message, templateCode, UUID.randomUUID().toString());
        parameters.put("Signature", AliyunSigner.signature("POST", parameters, config.accessKeySecret().get()));
        HttpRequest.Builder request = HttpRequest.newBuilder(config.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(AliyunSigner.canonicalQuery(parameters)));
        return http.send(request, this::judge, null);
    }

    Map<String, String> parameters(OutgoingMessage message, String templateCode, String nonce) {
        Map<String, String> variables = new LinkedHashMap<>(message.parameters());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", config.accessKeyId().get());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("OutId", message.messageId());
        parameters.put("PhoneNumbers", SmsPhone.aliyun(message.phone()));
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", config.signName().get());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", nonce);
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", templateCode);
        try {
            parameters.put("TemplateParam", json.writeValueAsString(variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        parameters.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", "2017-05-25");
        return parameters;
    }

    private Delivery judge(HttpResponse<String> response) {
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (!answer.has("Code")) {
            throw new IllegalArgumentException("no Code");
        }
        String code = answer.path("Code").asText();
        if ("OK".equals(code)) {
            return Delivery.sent();
        }
        String reason = "Aliyun " + code + ": " + answer.path("Message").asText();
        return TRANSIENT.contains(code) ? Delivery.retry(reason) : new Delivery.Failed(reason);
    }
}
