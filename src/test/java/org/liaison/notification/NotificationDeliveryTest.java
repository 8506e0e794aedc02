package org.liaison.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.LiaisonConfig;
import org.liaison.notification.channel.Channels;
import org.liaison.privacy.PersonalDataCipher;
import org.liaison.support.MutableClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery guarantees against a fake webhook: a failing receiver, a dispatcher that dies holding its claims, and two
 * dispatchers racing on one table all end with every message delivered once; Retry-After, timeouts and permanent
 * refusals are honoured; a message dies after max-attempts and an operator's retry revives it.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class NotificationDeliveryTest {

    private static FakeReceiver receiver;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    OutboxRepository outbox;
    @Inject
    Channels channels;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    PhoneDigests digests;
    @Inject
    NotificationMetrics metrics;
    @Inject
    NotifyConfig config;
    @Inject
    LiaisonConfig liaison;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;

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

    private int dispatch(NotificationDispatcher which) {
        return which.dispatchUntilIdle().await().atMost(Duration.ofSeconds(60));
    }

    private NotificationDispatcher secondInstance() {
        return new NotificationDispatcher(outbox, channels, cipher, digests, metrics, config, liaison, json, clock);
    }

    @Test
    void aReceiverFailingForAWhileStillGetsEachMessageOnce() {
        receiver.script(FakeReceiver.Reply.of(503, "busy"), FakeReceiver.Reply.of(500, "oops"),
                FakeReceiver.Reply.of(502, ""));
        NotifyFlow flow = new NotifyFlow().submit(true);
        flow.accept();
        for (int round = 0; round < 6; round++) {
            dispatch(dispatcher);
            // a day, not hours: the clock stays at 10:00, out of quiet hours
            clock.advance(Duration.ofDays(1));
        }
        List<FakeReceiver.Received> accepted = receiver.accepted(flow.trackingCode);
        // each recipient's messages in order; a failed attempt lets other recipients' messages go first
        assertThat(accepted).extracting(this::template).containsExactlyInAnyOrder("deputy.case-assigned", "resident.case-accepted");
        assertThat(receiver.all(flow.trackingCode)).hasSizeGreaterThan(2);
        assertThat(OutboxRows.of(pool, flow.trackingCode)).extracting(row -> row.get("state")).containsOnly("SENT");
    }

    @Test
    void aDispatcherKilledMidDispatchLeavesItsMessagesToTheNextAfterTheLease() {
        NotifyFlow flow = new NotifyFlow().submit(true);
        flow.accept();
        // "instance A" claims everything due and dies before sending anything
        Instant now = clock.instant();
        List<OutboxRow> claimed = outbox.claim(now, now.plus(config.lease()), "killed-" + UUID.randomUUID(), 500)
                .await().atMost(Duration.ofSeconds(10));
        assertThat(claimed).extracting(OutboxRow::trackingCode).contains(flow.trackingCode);
        NotificationDispatcher b = secondInstance();
        dispatch(b);
        assertThat(receiver.all(flow.trackingCode)).as("the lease still holds").isEmpty();
        clock.advance(config.lease().plusSeconds(1));
        dispatch(b);
        dispatch(b);
        assertThat(receiver.accepted(flow.trackingCode)).extracting(this::template)
                .containsExactly("deputy.case-assigned", "resident.case-accepted");
    }

    @Test
    void twoDispatchersNeverSendTheSameMessageTwice() {
        receiver.answerByDefault(new FakeReceiver.Reply(200, "{}", Map.of(), Duration.ofMillis(20)));
        List<NotifyFlow> flows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            NotifyFlow flow = new NotifyFlow().submit(true);
            flow.accept();
            flow.refer();
            flows.add(flow);
        }
        NotificationDispatcher a = dispatcher;
        NotificationDispatcher b = secondInstance();
        Uni.combine().all().unis(a.dispatchUntilIdle(), b.dispatchUntilIdle(), a.dispatchUntilIdle(), b.dispatchUntilIdle())
                .discardItems().await().atMost(Duration.ofSeconds(90));
        dispatch(a);
        for (NotifyFlow flow : flows) {
            List<FakeReceiver.Received> all = receiver.all(flow.trackingCode);
            assertThat(all).extracting(this::messageId).doesNotHaveDuplicates();
            assertThat(all).extracting(this::template)
                    .containsExactly("deputy.case-assigned", "resident.case-accepted", "department.case-referred");
        }
    }

    @Test
    void retryAfterIsHonouredAndATimeoutIsRetried() {
        receiver.script(new FakeReceiver.Reply(429, "slow down", Map.of("Retry-After", "600"), Duration.ZERO),
                new FakeReceiver.Reply(200, "{}", Map.of(), Duration.ofSeconds(3)));
        NotifyFlow flow = new NotifyFlow().submit(true);
        Instant before = clock.instant();
        dispatch(dispatcher);
        Map<String, Object> row = OutboxRows.of(pool, flow.trackingCode).get(0);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(((OffsetDateTime) row.get("next_attempt_at")).toInstant()).isAfter(before.plusSeconds(599));
        assertThat((String) row.get("last_error")).contains("429");
        clock.advance(Duration.ofSeconds(601));
        dispatch(dispatcher);
        row = OutboxRows.of(pool, flow.trackingCode).get(0);
        assertThat(row.get("state")).as("the 3 s answer timed out after 2 s").isEqualTo("PENDING");
        assertThat((String) row.get("last_error")).contains("Timeout");
        clock.advance(Duration.ofHours(1));
        dispatch(dispatcher);
        assertThat(OutboxRows.of(pool, flow.trackingCode).get(0).get("state")).isEqualTo("SENT");
        assertThat(OutboxRows.of(pool, flow.trackingCode).get(0).get("attempts")).isEqualTo(3);
    }

    @Test
    void aRefusalIsDeadAtOnceAndAnOperatorRetryRevivesIt() {
        receiver.script(FakeReceiver.Reply.of(400, "{\"error\":\"bad phone\"}"));
        NotifyFlow flow = new NotifyFlow().submit(true);
        dispatch(dispatcher);
        Map<String, Object> row = OutboxRows.of(pool, flow.trackingCode).get(0);
        assertThat(row.get("state")).isEqualTo("DEAD");
        assertThat((String) row.get("last_error")).contains("HTTP 400").contains("bad phone");
        long id = (Long) row.get("id");
        NotifyFlow.admin().queryParam("state", "DEAD").queryParam("size", 200).get("/api/admin/notifications")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        NotifyFlow.admin().post("/api/admin/notifications/" + id + "/retry").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("PENDING")).body("attempts", org.hamcrest.Matchers.equalTo(0));
        NotifyFlow.admin().post("/api/admin/notifications/" + id + "/retry").then().statusCode(409);
        dispatch(dispatcher);
        assertThat(receiver.accepted(flow.trackingCode)).hasSize(1);
        assertThat(OutboxRows.of(pool, flow.trackingCode).get(0).get("state")).isEqualTo("SENT");
    }

    @Test
    void aMessageDiesAfterMaxAttempts() {
        receiver.answerByDefault(FakeReceiver.Reply.of(503, "down"));
        NotifyFlow flow = new NotifyFlow().submit(true);
        for (int round = 0; round < config.maxAttempts() + 2; round++) {
            dispatch(dispatcher);
            // a day, not hours: the clock stays at 10:00, out of quiet hours
            clock.advance(Duration.ofDays(1));
        }
        Map<String, Object> row = OutboxRows.of(pool, flow.trackingCode).get(0);
        assertThat(row.get("state")).isEqualTo("DEAD");
        assertThat(row.get("attempts")).isEqualTo(config.maxAttempts());
        assertThat(receiver.all(flow.trackingCode)).hasSize(config.maxAttempts());
    }

    @Test
    void anUnreadableSuccessIsStillASuccessForTheWebhookButMalformedStatusIsRetried() {
        receiver.script(FakeReceiver.Reply.of(200, "<html>not json</html>"));
        NotifyFlow flow = new NotifyFlow().submit(true);
        dispatch(dispatcher);
        assertThat(receiver.accepted(flow.trackingCode)).hasSize(1);
    }

    private String template(FakeReceiver.Received received) {
        return field(received, "templateKey");
    }

    private String messageId(FakeReceiver.Received received) {
        return field(received, "messageId");
    }

    private String field(FakeReceiver.Received received, String name) {
        try {
            return json.readTree(received.body()).get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
