package org.liaison.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.notification.webpush.BrowserSubscription;
import org.liaison.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web Push end to end against a fake push service inside the test: the resident subscribes through the API, the
 * case is accepted, and what reaches the push service decrypts (RFC 8291, with the browser's keys, JDK crypto only)
 * to the expected payload, under a valid VAPID token (RFC 8292). 404/410 drop the subscription and the message;
 * 429 and 5xx are retried; the scrub deletes subscriptions.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class WebPushDeliveryTest {

    private static FakeReceiver webhook;
    private static FakeReceiver pushService;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    ScrubCleanup cleanup;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;

    @BeforeAll
    static void startReceivers() {
        webhook = new FakeReceiver(WebhookProfile.port());
        pushService = new FakeReceiver(0);
    }

    @AfterAll
    static void stopReceivers() {
        webhook.close();
        pushService.close();
    }

    @BeforeEach
    void daytime() {
        webhook.reset();
        pushService.reset();
        pushService.answerByDefault(FakeReceiver.Reply.of(201, ""));
        NotifyFlow.daytime(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A case (without consent to SMS: Web Push needs none) with one browser subscribed through the API. */
    private record Subscribed(NotifyFlow flow, BrowserSubscription browser, String path) {
    }

    private Subscribed subscribed() {
        return subscribed(null);
    }

    private Subscribed subscribed(String language) {
        NotifyFlow flow = new NotifyFlow().submit(false, language);
        BrowserSubscription browser = new BrowserSubscription();
        String endpoint = "https://push.example.com/wpush/v2/" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("X-Case-Secret", flow.secret)
                .body("{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\""
                        + browser.p256dh() + "\",\"auth\":\"" + browser.auth() + "\"}}")
                .post("/api/public/cases/" + flow.trackingCode + "/push-subscriptions").then().statusCode(201);
        // the API takes only public https hosts: the stored endpoint is pointed at the fake service afterwards
        String path = "/push/" + UUID.randomUUID();
        OutboxRows.update(pool, "update push_subscription set endpoint = $1 where endpoint = $2", pushService.url(path), endpoint);
        return new Subscribed(flow, browser, path);
    }

    private List<FakeReceiver.Received> pushes(String path) {
        return pushService.all("").stream().filter(r -> r.path().equals(path)).toList();
    }

    private void dispatch() {
        dispatcher.dispatchUntilIdle().await().atMost(Duration.ofSeconds(60));
    }

    private List<Map<String, Object>> pushRows(NotifyFlow flow) {
        return OutboxRows.query(pool, "select * from notification where tracking_code = $1 and channel = 'webpush' order by id",
                flow.trackingCode);
    }

    private long subscriptions(NotifyFlow flow) {
        return (Long) OutboxRows.query(pool, "select count(*) as n from push_subscription where case_id = $1", flow.caseId)
                .get(0).get("n");
    }

    @Test
    void thePayloadDecryptsWithTheBrowsersKeysUnderAValidVapidToken() throws Exception {
        Subscribed s = subscribed();
        Instant before = Instant.now();
        s.flow().accept();
        dispatch();

        List<FakeReceiver.Received> received = pushes(s.path());
        assertThat(received).hasSize(1);
        FakeReceiver.Received push = received.get(0);
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(push.header("TTL")).isEqualTo("86400");

        JsonNode payload = json.readTree(s.browser().decrypt(push.body()));
        String display = payload.get("body").asText();
        assertThat(payload.get("title").asText()).isEqualTo("人大代表联络");
        assertThat(display).startsWith("您的留言").endsWith("已由代表受理。");
        assertThat(payload.get("url").asText()).isEqualTo("https://liaison.example.gov.cn/t/" + s.flow().trackingCode);
        assertThat(payload.get("tag").asText()).isEqualTo("case-" + s.flow().trackingCode);
        assertThat(payload.toString()).doesNotContain("路灯").doesNotContain("王五").doesNotContain(s.flow().residentPhone)
                .doesNotContain(s.flow().secret);
        Map<String, Object> row = pushRows(s.flow()).get(0);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(payload.get("messageId").asText()).isEqualTo(row.get("message_id").toString());

        // Authorization: vapid t=<ES256 JWT>, k=<the public key the page subscribes with>
        String authorization = push.header("Authorization");
        assertThat(authorization).startsWith("vapid t=");
        String token = authorization.substring("vapid t=".length(), authorization.indexOf(','));
        String key = authorization.substring(authorization.indexOf("k=") + 2).trim();
        String published = given().get("/api/public/webpush/public-key").then().statusCode(200).extract().path("publicKey");
        assertThat(key).isEqualTo(published);
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(BrowserSubscription.publicKey(Base64.getUrlDecoder().decode(key)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).as("ES256 signature").isTrue();
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("aud").asText()).isEqualTo(pushService.url(""));
        assertThat(claims.get("sub").asText()).isEqualTo("mailto:dev@liaison.invalid");
        long exp = claims.get("exp").asLong();
        assertThat(exp).isGreaterThan(before.getEpochSecond()).isLessThanOrEqualTo(Instant.now().getEpochSecond() + 24 * 3600);
    }

    @Test
    void everyResidentEventReachesTheBrowserInTheResidentsOrder() throws Exception {
        Subscribed s = subscribed();
        s.flow().accept();
        s.flow().respond();
        dispatch();
        s.flow().rate();
        dispatch();
        assertThat(pushRows(s.flow())).extracting(row -> row.get("template_key"))
                .containsExactly("resident.case-accepted", "resident.case-responded", "resident.case-closed");
        List<FakeReceiver.Received> received = pushes(s.path());
        assertThat(received).hasSize(3);
        assertThat(json.readTree(s.browser().decrypt(received.get(1).body())).get("body").asText()).contains("已答复");
    }

    @Test
    void anEnglishResidentsBrowserIsToldInEnglish() throws Exception {
        Subscribed s = subscribed("en");
        s.flow().accept();
        dispatch();
        JsonNode payload = json.readTree(s.browser().decrypt(pushes(s.path()).get(0).body()));
        assertThat(payload.get("title").asText()).isEqualTo("Deputy liaison");
        assertThat(payload.get("body").asText()).startsWith("A deputy took on your message ");
        assertThat(pushRows(s.flow()).get(0).get("language")).isEqualTo("en");
    }

    @Test
    void goneSubscriptionsAreDeletedAndTheirMessagesDroppedNotRetried() {
        for (int status : new int[]{404, 410}) {
            Subscribed s = subscribed();
            pushService.script(FakeReceiver.Reply.of(status, "{\"reason\":\"unsubscribed\"}"));
            s.flow().accept();
            dispatch();
            assertThat(pushRows(s.flow())).extracting(row -> row.get("state")).containsExactly("CANCELLED");
            assertThat(subscriptions(s.flow())).isZero();
            clock.advance(Duration.ofDays(1));
            s.flow().respond();
            dispatch();
            assertThat(pushes(s.path())).as("answered " + status + " once, never tried again").hasSize(1);
            assertThat(pushRows(s.flow())).as("no subscription, no new message").hasSize(1);
        }
    }

    @Test
    void throttlingAndServerErrorsAreRetriedWithBackoff() {
        Subscribed s = subscribed();
        pushService.script(new FakeReceiver.Reply(429, "", Map.of("Retry-After", "120"), Duration.ZERO),
                FakeReceiver.Reply.of(503, "busy"), FakeReceiver.Reply.of(500, ""));
        s.flow().accept();
        for (int round = 0; round < 4; round++) {
            dispatch();
            clock.advance(Duration.ofHours(2));
        }
        assertThat(pushes(s.path())).extracting(FakeReceiver.Received::answered).containsExactly(429, 503, 500, 201);
        Map<String, Object> row = pushRows(s.flow()).get(0);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(4);
        assertThat(subscriptions(s.flow())).isEqualTo(1);
    }

    @Test
    void theScrubDeletesTheCasesSubscriptions() {
        Subscribed s = subscribed();
        Subscribed other = subscribed();
        OutboxRows.update(pool, "update resident_case set scrubbed_at = now() where id = $1", s.flow().caseId);
        cleanup.run().await().atMost(Duration.ofSeconds(10));
        assertThat(subscriptions(s.flow())).isZero();
        assertThat(subscriptions(other.flow())).isEqualTo(1);
    }
}
