package org.liaison.notification.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.notification.FakeReceiver;
import org.liaison.notification.FakeReceiver.Reply;
import org.liaison.support.PackagedApp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP channels against a fake provider inside the test: what they send (signature, body) and how they read
 * every kind of answer: success, refusal, throttling, 5xx, 429 with Retry-After, a timeout and malformed answers.
 */
class SmsChannelsTest {

    private final ObjectMapper json = new ObjectMapper();
    private FakeReceiver receiver;
    private ChannelConfig config;
    private HttpTransport http;

    @BeforeEach
    void start() throws Exception {
        receiver = new FakeReceiver(PackagedApp.freePort());
        config = new ChannelConfig(receiver.url(""));
        http = new HttpTransport(config, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static OutgoingMessage message() {
        return new OutgoingMessage("0b9e3c55-6f4e-4b7a-9a52-8d5a0c3e7f11", "RESIDENT", null, "13800000001", null,
                "resident.case-accepted", "zh-CN", "您的留言7K4M-9QXT-B已由代表受理", "7K4M9QXTB",
                Map.of("code", "7K4M-9QXT-B", "link", "https://x.cn/t/7K4M9QXTB"));
    }

    private Delivery send(NotificationChannel channel) {
        return channel.send(message()).await().atMost(Duration.ofSeconds(10));
    }

    private TencentSmsChannel tencent() {
        return new TencentSmsChannel(config, http, json, Clock.systemUTC());
    }

    private AliyunSmsChannel aliyun() {
        return new AliyunSmsChannel(config, http, json, Clock.systemUTC());
    }

    @Test
    void tencentSendsASignedSendSms() throws Exception {
        receiver.script(Reply.of(200, "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\",\"Message\":\"send success\"}],\"RequestId\":\"r\"}}"));
        assertThat(send(tencent())).isInstanceOf(Delivery.Sent.class);
        FakeReceiver.Received request = receiver.all("").get(0);
        assertThat(request.header("X-TC-Action")).isEqualTo("SendSms");
        assertThat(request.header("X-TC-Version")).isEqualTo("2021-01-11");
        long timestamp = Long.parseLong(request.header("X-TC-Timestamp"));
        assertThat(request.header("Authorization")).isEqualTo(Tc3Signer.authorization("AKIDtest", "tencent-secret", "sms",
                request.header("Host"), timestamp, request.text()));
        JsonNode body = json.readTree(request.body());
        assertThat(body.get("PhoneNumberSet").get(0).asText()).isEqualTo("+8613800000001");
        assertThat(body.get("TemplateId").asText()).isEqualTo("1234567");
        assertThat(body.get("SmsSdkAppId").asText()).isEqualTo("1400000000");
        assertThat(body.get("TemplateParamSet")).extracting(JsonNode::asText).containsExactly("7K4M-9QXT-B", "https://x.cn/t/7K4M9QXTB");
    }

    @Test
    void tencentAnswersAreRead() {
        receiver.script(Reply.of(200, "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"bad\"}}}"),
                Reply.of(200, "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\",\"Message\":\"limit\"}]}}"),
                Reply.of(200, "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"InvalidParameterValue.IncorrectPhoneNumber\",\"Message\":\"no\"}]}}"),
                Reply.of(200, "<html>gateway</html>"),
                Reply.of(200, "{\"Response\":{}}"),
                Reply.of(503, "unavailable"),
                new Reply(429, "", Map.of("Retry-After", "7"), Duration.ZERO),
                new Reply(200, "{}", Map.of(), Duration.ofSeconds(3)));
        assertThat(send(tencent())).isInstanceOf(Delivery.Failed.class);
        assertThat(send(tencent())).isInstanceOf(Delivery.Retry.class);
        assertThat(send(tencent())).isInstanceOf(Delivery.Failed.class);
        assertThat(send(tencent())).as("malformed").isInstanceOf(Delivery.Retry.class);
        assertThat(send(tencent())).as("no status").isInstanceOf(Delivery.Retry.class);
        assertThat(send(tencent())).isInstanceOf(Delivery.Retry.class);
        assertThat(send(tencent())).isEqualTo(new Delivery.Retry("HTTP 429 ", Duration.ofSeconds(7)));
        assertThat(send(tencent())).as("timeout").isInstanceOf(Delivery.Retry.class);
    }

    @Test
    void aliyunSendsASignedForm() {
        receiver.script(Reply.of(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\",\"RequestId\":\"r\"}"));
        assertThat(send(aliyun())).isInstanceOf(Delivery.Sent.class);
        Map<String, String> form = new LinkedHashMap<>();
        Arrays.stream(receiver.all("").get(0).text().split("&")).map(pair -> pair.split("=", 2))
                .forEach(pair -> form.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        String signature = form.remove("Signature");
        assertThat(signature).isEqualTo(AliyunSigner.signature("POST", form, "testSecret"));
        assertThat(form).containsEntry("PhoneNumbers", "13800000001").containsEntry("TemplateCode", "SMS_71390007")
                .containsEntry("Action", "SendSms").containsEntry("OutId", message().messageId());
        assertThat(form.get("TemplateParam")).contains("\"code\":\"7K4M-9QXT-B\"");
    }

    @Test
    void aliyunAnswersAreRead() {
        receiver.script(Reply.of(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"limit\"}"),
                Reply.of(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"bad number\"}"),
                Reply.of(200, "not json"),
                Reply.of(500, "{}"));
        assertThat(send(aliyun())).isInstanceOf(Delivery.Retry.class);
        assertThat(send(aliyun())).isInstanceOf(Delivery.Failed.class);
        assertThat(send(aliyun())).isInstanceOf(Delivery.Retry.class);
        assertThat(send(aliyun())).isInstanceOf(Delivery.Retry.class);
    }

    @Test
    void aMissingTemplateIdIsAFinalFailureWithoutARequest() {
        OutgoingMessage other = new OutgoingMessage("id", "DEPUTY", 1L, "13800000001", null, "deputy.case-assigned",
                "zh-CN", "text", "7K4M9QXTB", Map.of("code", "7K4M-9QXT-B"));
        assertThat(tencent().send(other).await().atMost(Duration.ofSeconds(5))).isInstanceOf(Delivery.Failed.class);
        assertThat(aliyun().send(other).await().atMost(Duration.ofSeconds(5))).isInstanceOf(Delivery.Failed.class);
        assertThat(receiver.all("")).isEmpty();
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertThat(http.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(http.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(http.retryAfter("soon")).isNull();
        assertThat(http.retryAfter(null)).isNull();
    }
}
