package org.liaison.push;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.push.SseClient.Message;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances against one PostgreSQL: an event committed on the shared database reaches the streams
 * on both instances, through each one's own LISTEN connection; a rolled-back one reaches none; and a case
 * submitted and accepted through instance A's API is live on instance B.
 */
class PushAcrossInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static TwoInstances instances;

    @BeforeAll
    static void start() throws Exception {
        instances = TwoInstances.start(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aCommittedEventReachesStreamsOnEitherInstanceAndARolledBackOneNone() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        String admin = SharedDatabase.login(a, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
        long venueId = SharedDatabase.venue(a, admin);
        long deputyId = SharedDatabase.deputyWithAccount(a, admin, "deputy.push", "deputy password");
        // Issued by A, honoured by B: both verify with the same key.
        String deputy = SharedDatabase.login(a, "deputy.push", "deputy password");
        CaseSecrets.IssuedSecret secret = CaseSecrets.issue();
        String code = CaseCodes.newTrackingCode();
        try (Connection db = instances.database()) {
            long caseId = SharedDatabase.acceptedCase(db, venueId, SharedDatabase.category(db), deputyId, code, secret.sha256Hex());
            try (SseClient residentOnB = SseClient.open(b, "/api/public/cases/" + code + "/events", Map.of("X-Case-Secret", secret.secret()));
                 SseClient deputyOnB = SseClient.open(b, "/api/deputy/events", Map.of("Authorization", "Bearer " + deputy));
                 SseClient deputyOnA = SseClient.open(a, "/api/deputy/events", Map.of("Authorization", "Bearer " + deputy))) {
                for (SseClient stream : new SseClient[]{residentOnB, deputyOnB, deputyOnA}) {
                    assertThat(stream.status()).isEqualTo(200);
                    assertThat(stream.nextComment(WAIT)).as("stream open").isNotNull();
                }

                long rolledBack = SharedDatabase.appendEvent(db, caseId, deputyId, "撤销的", false);
                long committed = SharedDatabase.appendEvent(db, caseId, deputyId, "新的留言", true);
                assertThat(committed).isGreaterThan(rolledBack);

                for (SseClient stream : new SseClient[]{residentOnB, deputyOnB, deputyOnA}) {
                    Message event = stream.nextEvent(WAIT);
                    assertThat(event).as("the committed event").isNotNull();
                    assertThat(event.id()).isEqualTo(String.valueOf(committed));
                    assertThat(event.event()).isEqualTo("ADD_MESSAGE");
                    assertThat(event.data()).contains("新的留言").doesNotContain("撤销的");
                }
                assertThat(residentOnB.nextEvent(Duration.ofSeconds(1))).isNull();
            }
        }
        assertThat(instances.b.output()).contains("Case events: listening on channel case_events");
    }

    @Test
    void aCaseSubmittedAndAcceptedThroughInstanceAIsLiveOnInstanceB() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        Desk desk = Desk.onDutyEveryDay(a, "deputy.live", "LIVE");
        String deputy = desk.deputyToken();
        String category = desk.category();
        String venueCode = desk.venueCode();

        io.restassured.response.Response submitted = given().port(a).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("categoryCode", category, "text", "路灯不亮"))
                .post("/api/public/venues/" + venueCode + "/submissions");
        submitted.then().statusCode(201);
        String tracking = submitted.path("trackingCode");
        try (SseClient residentOnB = SseClient.open(b, "/api/public/cases/" + tracking + "/events",
                Map.of("X-Case-Secret", submitted.<String>path("secret")));
             SseClient deputyOnB = SseClient.open(b, "/api/deputy/events", Map.of("Authorization", "Bearer " + deputy))) {
            assertThat(residentOnB.status()).isEqualTo(200);
            assertThat(deputyOnB.status()).isEqualTo(200);
            assertThat(deputyOnB.nextComment(WAIT)).as("stream open").isNotNull();
            assertThat(residentOnB.nextEvent(WAIT).event()).as("history first").isEqualTo("SUBMITTED");
            assertThat(residentOnB.nextEvent(WAIT).event()).isEqualTo("ROUTE");

            long caseId = given().port(a).auth().oauth2(deputy).get("/api/deputy/assignments")
                    .then().statusCode(200).extract().jsonPath().getLong("cases[0].id");
            given().port(a).auth().oauth2(deputy).post("/api/deputy/cases/" + caseId + "/accept").then().statusCode(200);

            Message onResidentPage = residentOnB.nextEvent(WAIT);
            assertThat(onResidentPage).as("the acceptance, live on B").isNotNull();
            assertThat(onResidentPage.event()).isEqualTo("ACCEPT");
            assertThat(onResidentPage.data()).contains("ACCEPTED");
            Message onDeputyApp = deputyOnB.nextEvent(WAIT);
            assertThat(onDeputyApp).isNotNull();
            assertThat(onDeputyApp.id()).isEqualTo(onResidentPage.id());
        }
    }

    @Test
    void aPollOnInstanceBSeesAChangeCommittedThroughInstanceAWithinThePushLatency() throws Exception {
        int a = instances.a.port();
        int b = instances.b.port();
        Desk desk = Desk.onDutyEveryDay(a, "deputy.poll", "POLL");
        String deputy = desk.deputyToken();
        String category = desk.category();
        String venueCode = desk.venueCode();

        // B learns the deputy's revision once, then answers from memory
        String etag = given().port(b).auth().oauth2(deputy).get("/api/deputy/assignments")
                .then().statusCode(200).extract().header("ETag");
        given().port(b).auth().oauth2(deputy).header("If-None-Match", etag).get("/api/deputy/assignments")
                .then().statusCode(304);

        given().port(a).contentType(ContentType.JSON).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("categoryCode", category, "text", "楼道灯不亮")).post("/api/public/venues/" + venueCode + "/submissions")
                .then().statusCode(201);
        long committed = System.nanoTime();
        int status = 304;
        while (status == 304 && System.nanoTime() - committed < WAIT.toNanos()) {
            status = given().port(b).auth().oauth2(deputy).header("If-None-Match", etag).get("/api/deputy/assignments")
                    .then().extract().statusCode();
        }
        assertThat(status).as("the new assignment, seen on B").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).as("within the push latency").isLessThan(Duration.ofSeconds(5));
    }

    /** A venue served every day by one deputy with an account, and a category: where a submission is routed at once. */
    private record Desk(String deputyToken, String category, String venueCode) {
        static Desk onDutyEveryDay(int port, String username, String categoryPrefix) {
            String admin = SharedDatabase.login(port, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
            long venueId = SharedDatabase.venue(port, admin);
            long deputyId = SharedDatabase.deputyWithAccount(port, admin, username, "deputy password");
            given().port(port).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("deputyId", deputyId, "rule", Map.of("kind", "WEEKLY", "weekdays",
                            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))))
                    .post("/api/admin/venues/" + venueId + "/duties").then().statusCode(201);
            String category = categoryPrefix + "_" + System.nanoTime() % 100000;
            given().port(port).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("code", category, "nameZh", "测试 " + category, "nameEn", "Test " + category,
                            "acceptHours", 24, "resolveHours", 240))
                    .post("/api/admin/categories").then().statusCode(201);
            String venueCode = given().port(port).auth().oauth2(admin).get("/api/admin/venues/" + venueId + "/qr/code")
                    .then().statusCode(200).extract().path("code");
            return new Desk(SharedDatabase.login(port, username, "deputy password"), category, venueCode);
        }
    }
}
