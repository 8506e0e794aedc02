package org.liaison.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.notification.channel.WebhookChannel;
import org.liaison.push.SharedDatabase;
import org.liaison.push.TwoInstances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances share one database and deliver its outbox to a fake webhook inside the test. 30 residents
 * (phone and consent) submit through B and are accepted: 60 messages. Instance A is killed (SIGKILL) while it holds
 * claims and a request is in flight; B takes its messages over when their lease ends. Every message reaches the
 * receiver exactly once, with a valid signature, and none twice (no repeated message id among the accepted requests).
 */
class NotificationsAcrossInstancesIT {

    private static final String SECRET = "across-instances-webhook-secret";
    private static final int CASES = 30;
    private static final FakeReceiver.Reply NORMAL = new FakeReceiver.Reply(200, "{}", Map.of(), Duration.ofMillis(150));
    /** While A dies: every request waits, then fails, so no answer A could not record counts as delivered. */
    private static final FakeReceiver.Reply STALLED = new FakeReceiver.Reply(503, "stalled", Map.of(), Duration.ofSeconds(3));

    private static FakeReceiver receiver;
    private static TwoInstances instances;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        receiver = new FakeReceiver(0);
        receiver.answerByDefault(NORMAL);
        // quiet hours far from now, so the test runs at any hour
        Instant now = Instant.now();
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        instances = TwoInstances.start(Map.ofEntries(
                Map.entry("NOTIFY_CHANNELS", "webhook"),
                Map.entry("NOTIFY_WEBHOOK_URL", receiver.url("/hook")),
                Map.entry("NOTIFY_WEBHOOK_SECRET", SECRET),
                Map.entry("LIAISON_ZONE", "UTC"),
                Map.entry("NOTIFY_QUIET_HOURS", hhmm.format(now.plusSeconds(6 * 3600)) + "-" + hhmm.format(now.plusSeconds(7 * 3600))),
                Map.entry("NOTIFY_DAILY_CAP_PER_PHONE", "1000"),
                Map.entry("SUBMIT_RATE_LIMIT_PER_MINUTE", "0"),
                Map.entry("NOTIFY_DISPATCH_EVERY", "1s"),
                Map.entry("LIAISON_NOTIFY_BATCH_SIZE", "5"),
                Map.entry("LIAISON_NOTIFY_LEASE", "5s"),
                Map.entry("LIAISON_NOTIFY_SEND_TIMEOUT", "2s"),
                Map.entry("LIAISON_NOTIFY_BACKOFF_BASE", "1s"),
                Map.entry("LIAISON_NOTIFY_BACKOFF_MAX", "2s")));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (instances != null) {
                instances.close();
            }
        } finally {
            receiver.close();
        }
    }

    @Test
    void everyMessageIsDeliveredExactlyOnceAlthoughAnInstanceIsKilledMidDispatch() throws Exception {
        int b = instances.b.port();
        String admin = SharedDatabase.login(b, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
        long venueId = SharedDatabase.venue(b, admin);
        long deputyId = SharedDatabase.deputyWithAccount(b, admin, "deputy.outbox", "deputy password");
        given().port(b).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("deputyId", deputyId, "rule", Map.of("kind", "WEEKLY", "weekdays", NotifyFlow.EVERY_DAY)))
                .post("/api/admin/venues/" + venueId + "/duties").then().statusCode(201);
        String venueCode = given().port(b).auth().oauth2(admin).get("/api/admin/venues/" + venueId + "/qr/code")
                .then().statusCode(200).extract().path("code");
        String deputy = SharedDatabase.login(b, "deputy.outbox", "deputy password");
        String category = "OUTBOX_" + System.nanoTime() % 100000;
        given().port(b).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", category, "nameZh", "测试 " + category, "nameEn", "Test " + category,
                        "acceptHours", 24, "resolveHours", 240))
                .post("/api/admin/categories").then().statusCode(201);

        Set<String> expected = new HashSet<>();
        Integer deliveredAtKill = null;
        for (int i = 0; i < CASES; i++) {
            Response submitted = given().port(b).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("categoryCode", category, "text", "楼道灯不亮 " + i, "phone", NotifyFlow.randomMobile(),
                            "contactConsent", true))
                    .post("/api/public/venues/" + venueCode + "/submissions");
            submitted.then().statusCode(201);
            String code = submitted.path("trackingCode");
            long caseId = given().port(b).auth().oauth2(deputy).get("/api/deputy/assignments").then().statusCode(200)
                    .extract().jsonPath().getLong("cases.find { it.trackingCode == '" + code + "' }.id");
            given().port(b).auth().oauth2(deputy).post("/api/deputy/cases/" + caseId + "/accept").then().statusCode(200);
            expected.add(code + " deputy.case-assigned");
            expected.add(code + " resident.case-accepted");
            if (deliveredAtKill == null && distinct(delivered()) >= 10) {
                deliveredAtKill = killA();
            }
        }
        if (deliveredAtKill == null) {
            deliveredAtKill = killA();
        }
        assertThat(deliveredAtKill).as("A died with messages still to deliver").isLessThan(expected.size());

        Instant deadline = Instant.now().plusSeconds(60);
        while (distinct(delivered()) < expected.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        List<FakeReceiver.Received> delivered = delivered();
        assertThat(delivered).extracting(r -> field(r, "trackingCode") + " " + field(r, "templateKey"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(delivered).extracting(r -> field(r, "messageId")).doesNotHaveDuplicates();
        assertThat(delivered).allSatisfy(r -> assertThat(r.header(WebhookChannel.SIGNATURE_HEADER))
                .isEqualTo(WebhookChannel.signature(SECRET, r.body())));
    }

    /** Stalls the receiver, lets every answered request be recorded, kills A, and resumes; what was delivered then. */
    private int killA() throws InterruptedException {
        receiver.answerByDefault(STALLED);
        Thread.sleep(1000);
        int delivered = distinct(delivered());
        instances.a.kill();
        receiver.answerByDefault(NORMAL);
        return delivered;
    }

    private List<FakeReceiver.Received> delivered() {
        return receiver.accepted("");
    }

    private int distinct(List<FakeReceiver.Received> delivered) {
        return (int) delivered.stream().map(r -> field(r, "messageId")).distinct().count();
    }

    private String field(FakeReceiver.Received received, String name) {
        try {
            JsonNode node = json.readTree(received.body()).get(name);
            return node == null ? null : node.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
