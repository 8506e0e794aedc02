package org.liaison.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.notification.channel.WebhookChannel;
import org.liaison.support.MutableClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's story: a resident's submission with phone and consent, accepted, referred, replied to and answered,
 * delivers exactly the expected messages to the webhook, in order, each signed over its exact body.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class NotificationEndToEndTest {

    private static FakeReceiver receiver;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void startReceiver() {
        receiver = new FakeReceiver(WebhookProfile.port());
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void daytime() {
        receiver.reset();
        NotifyFlow.daytime(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void dispatch() {
        dispatcher.dispatchUntilIdle().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void everyoneHearsWhatConcernsThemInOrder() {
        NotifyFlow flow = new NotifyFlow().submit(true);
        dispatch();
        flow.accept();
        dispatch();
        flow.refer();
        dispatch();
        flow.reply();
        dispatch();
        flow.respond();
        dispatch();
        dispatch();

        List<FakeReceiver.Received> messages = receiver.accepted(flow.trackingCode);
        List<JsonNode> bodies = messages.stream().map(this::parse).toList();
        assertThat(bodies).extracting(b -> b.get("templateKey").asText()).containsExactly(
                "deputy.case-assigned", "resident.case-accepted", "department.case-referred",
                "deputy.department-replied", "resident.case-responded");
        assertThat(bodies).extracting(b -> b.get("role").asText())
                .containsExactly("DEPUTY", "RESIDENT", "DEPARTMENT", "DEPUTY", "RESIDENT");
        assertThat(bodies).extracting(b -> b.get("phone").asText()).containsExactly(
                flow.holderPhone(), flow.residentPhone, flow.departmentPhone, flow.holderPhone(), flow.residentPhone);
        for (FakeReceiver.Received message : messages) {
            assertThat(message.header(WebhookChannel.SIGNATURE_HEADER))
                    .isEqualTo(WebhookChannel.signature(WebhookProfile.SECRET, message.body()));
            JsonNode body = parse(message);
            assertThat(body.get("trackingCode").asText()).isEqualTo(flow.trackingCode);
            assertThat(body.get("language").asText()).isEqualTo("zh-CN");
            assertThat(body.get("messageId").asText()).isNotBlank();
            String text = body.get("text").asText();
            assertThat(text).contains(CaseCodes.display(flow.trackingCode))
                    .doesNotContain("路灯坏了").doesNotContain("王五").doesNotContain(flow.residentPhone)
                    .doesNotContain(flow.secret);
        }
        assertThat(bodies).extracting(b -> b.get("messageId").asText()).doesNotHaveDuplicates();
        assertThat(bodies.get(1).get("text").asText())
                .contains("https://liaison.example.gov.cn/t/" + flow.trackingCode)
                .contains("https://liaison.example.gov.cn/u/" + flow.trackingCode + "/");
        assertThat(bodies.get(4).get("text").asText()).contains("评价")
                .contains("https://liaison.example.gov.cn/t/" + flow.trackingCode);
        assertThat(bodies.get(1).get("recipientId").isNull()).isTrue();
        assertThat(bodies.get(0).get("recipientId").asLong()).isEqualTo(flow.holder);
    }

    @Test
    void aResidentWithoutConsentHearsNothingButTheDeputyStillDoes() {
        NotifyFlow flow = new NotifyFlow().submit(false);
        flow.accept();
        flow.respond();
        dispatch();
        dispatch();
        assertThat(receiver.accepted(flow.trackingCode)).extracting(r -> parse(r).get("role").asText())
                .containsExactly("DEPUTY");
    }

    private JsonNode parse(FakeReceiver.Received received) {
        try {
            return json.readTree(received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
