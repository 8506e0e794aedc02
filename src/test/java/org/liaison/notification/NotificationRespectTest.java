package org.liaison.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.deadlines.DeadlineSweep;
import org.liaison.support.MutableClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Respect and limits with a moved clock: quiet hours hold residents' messages until morning but not a deputy's
 * urgent escalation, the daily cap per phone defers the rest to the next day, the unsubscribe link stops a case's
 * messages, and the retention scrub clears the outbox's phone numbers.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class NotificationRespectTest {

    private static FakeReceiver receiver;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    DeadlineSweep sweep;
    @Inject
    ScrubCleanup cleanup;
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

    private void dispatch() {
        dispatcher.dispatchUntilIdle().await().atMost(Duration.ofSeconds(60));
    }

    private void moveTo(int days, LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(days).atTime(time).atZone(clock.getZone())));
    }

    @Test
    void quietHoursHoldResidentsUntilMorningButNotAnUrgentEscalation() {
        NotifyFlow flow = new NotifyFlow().submit(true);
        long first = flow.holder;
        dispatch();
        // two days later at 23:00 the accept deadline has passed: the sweep hands the case to the other deputy
        moveTo(2, LocalTime.of(23, 0));
        try {
            VertxContextSupport.subscribeAndAwait(sweep::run);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        dispatch();
        List<JsonNode> night = bodies(flow);
        assertThat(night).extracting(b -> b.get("templateKey").asText())
                .containsExactly("deputy.case-assigned", "deputy.case-escalated");
        long second = night.get(1).get("recipientId").asLong();
        assertThat(second).isNotEqualTo(first);

        flow.holder = second;
        flow.accept();
        dispatch();
        assertThat(bodies(flow)).hasSize(2);
        Map<String, Object> held = resident(flow);
        assertThat(held.get("state")).isEqualTo("PENDING");
        assertThat(held.get("last_error")).isEqualTo("held for quiet hours");
        assertThat(((OffsetDateTime) held.get("next_attempt_at")).atZoneSameInstant(clock.getZone()).toLocalTime())
                .isEqualTo(LocalTime.of(8, 0));

        moveTo(1, LocalTime.of(7, 59));
        dispatch();
        assertThat(bodies(flow)).hasSize(2);
        clock.advance(Duration.ofMinutes(2));
        dispatch();
        assertThat(bodies(flow)).extracting(b -> b.get("templateKey").asText()).last().isEqualTo("resident.case-accepted");
        assertThat(resident(flow).get("attempts")).as("holding spends no attempt").isEqualTo(1);
    }

    @Test
    void theDailyCapPerPhoneDefersTheRestToTheNextMorning() {
        String phone = NotifyFlow.randomMobile();
        NotifyFlow one = new NotifyFlow();
        one.residentPhone = phone;
        one.submit(true);
        NotifyFlow two = new NotifyFlow();
        two.residentPhone = phone;
        two.submit(true);
        one.accept();
        one.respond();
        two.accept();
        two.respond();
        dispatch();
        List<String> toPhone = receiver.accepted(phone).stream().map(this::parse)
                .filter(b -> b.get("role").asText().equals("RESIDENT")).map(b -> b.get("templateKey").asText()).toList();
        assertThat(toPhone).as("cap 3 a day").hasSize(3);
        Map<String, Object> capped = OutboxRows.query(pool, "select * from notification where tracking_code = $1"
                + " and recipient_role = 'RESIDENT' and state = 'PENDING'", two.trackingCode).get(0);
        assertThat(capped.get("last_error")).isEqualTo("daily cap reached for this number");
        assertThat(((OffsetDateTime) capped.get("next_attempt_at")).atZoneSameInstant(clock.getZone()).toLocalTime())
                .isEqualTo(LocalTime.of(8, 0));
        moveTo(1, LocalTime.of(8, 30));
        dispatch();
        assertThat(receiver.accepted(phone).stream().map(this::parse).filter(b -> b.get("role").asText().equals("RESIDENT")))
                .hasSize(4);
    }

    @Test
    void theUnsubscribeLinkStopsEveryFurtherMessageAboutTheCase() {
        NotifyFlow flow = new NotifyFlow().submit(true);
        flow.accept();
        dispatch();
        String text = bodies(flow).stream().filter(b -> b.get("templateKey").asText().equals("resident.case-accepted"))
                .findFirst().orElseThrow().get("text").asText();
        String link = text.substring(text.indexOf("https://liaison.example.gov.cn/u/")).split("\\s")[0];
        String path = URI.create(link).getPath();
        given().get(path).then().statusCode(200).header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<form method=\"post\">"));
        given().get(path + "x").then().statusCode(404);
        given().post(path.replace(flow.trackingCode, "7K4M9QXTB")).then().statusCode(404);
        flow.respond();
        assertThat(resident(flow, "resident.case-responded").get("state")).isEqualTo("PENDING");
        given().post(path).then().statusCode(200).body(containsString("已退订"));
        given().post(path).then().statusCode(200);
        assertThat(resident(flow, "resident.case-responded").get("state")).isEqualTo("CANCELLED");
        flow.rate();
        dispatch();
        assertThat(OutboxRows.of(pool, flow.trackingCode)).extracting(row -> row.get("template_key"))
                .doesNotContain("resident.case-closed");
        assertThat(bodies(flow)).extracting(b -> b.get("role").asText()).containsExactly("DEPUTY", "RESIDENT");
    }

    @Test
    void theScrubClearsPhoneNumbersFromTheOutbox() {
        NotifyFlow flow = new NotifyFlow().submit(true);
        flow.accept();
        dispatch();
        flow.respond();
        assertThat(OutboxRows.of(pool, flow.trackingCode)).anyMatch(row -> row.get("phone_enc") != null);
        OutboxRows.update(pool, "update resident_case set scrubbed_at = now(), resident_phone_enc = null where tracking_code = $1",
                flow.trackingCode);
        assertThat(cleanup.run().await().atMost(Duration.ofSeconds(10))).isPositive();
        List<Map<String, Object>> rows = OutboxRows.of(pool, flow.trackingCode);
        assertThat(rows).allMatch(row -> row.get("phone_enc") == null && row.get("phone_digest") == null);
        assertThat(rows).extracting(row -> row.get("state")).doesNotContain("PENDING");
    }

    private Map<String, Object> resident(NotifyFlow flow) {
        return resident(flow, "resident.case-accepted");
    }

    private Map<String, Object> resident(NotifyFlow flow, String template) {
        return OutboxRows.query(pool, "select * from notification where tracking_code = $1 and template_key = $2",
                flow.trackingCode, template).get(0);
    }

    private List<JsonNode> bodies(NotifyFlow flow) {
        return receiver.accepted(flow.trackingCode).stream().map(this::parse).toList();
    }

    private JsonNode parse(FakeReceiver.Received received) {
        try {
            return json.readTree(received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
