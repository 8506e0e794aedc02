package org.liaison.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.department.DepartmentFixtures;
import org.liaison.push.SseClient.Message;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident's stream: the whole lifecycle in order, only what the resident may see, and the end of the case. */
@QuarkusTest
class ResidentStreamTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CaseWorkflow workflow;

    private PushCases cases;
    private PushCases.Venue venue;
    private long departmentId;

    @BeforeEach
    void setUp() {
        cases = new PushCases(workflow);
        venue = PushCases.venueWithDeputy();
        departmentId = DepartmentFixtures.create();
    }

    static SseClient watch(PushCases.Case c, Map<String, String> extraHeaders) {
        Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        headers.put("X-Case-Secret", c.secret());
        return SseClient.open(RestAssured.port, "/api/public/cases/" + c.trackingCode() + "/events", headers);
    }

    @Test
    void everyStepOfTheLifecycleArrivesInOrderAndTheStreamEndsWithTheClosedCase() throws Throwable {
        PushCases.Case c = cases.submit(venue);
        try (SseClient stream = watch(c, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            List<Message> history = stream.events(2, WAIT);
            assertThat(history).extracting(Message::event).containsExactly("SUBMITTED", "ROUTE");

            long accept = cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            long refer = cases.apply(c.id(), CaseAction.REFER, Actor.deputy(venue.deputyId()),
                    ActionDetails.referral(departmentId, "内部：请城管局尽快处理"));
            long reply = cases.apply(c.id(), CaseAction.DEPARTMENT_REPLY, Actor.department(departmentId),
                    ActionDetails.note("内部：已安排维修"));
            long respond = cases.apply(c.id(), CaseAction.RESPOND, Actor.deputy(venue.deputyId()),
                    ActionDetails.note("路灯已经修好了"));
            long rate = cases.apply(c.id(), CaseAction.RATE, Actor.resident(), ActionDetails.rating(Rating.SATISFIED, null));

            List<Message> live = stream.events(5, WAIT);
            assertThat(live).extracting(Message::event)
                    .containsExactly("ACCEPT", "REFER", "DEPARTMENT_REPLY", "RESPOND", "RATE");
            assertThat(live).extracting(message -> Long.parseLong(message.id()))
                    .containsExactly(accept, refer, reply, respond, rate);
            assertThat(Long.parseLong(history.get(1).id())).isLessThan(accept);

            JsonNode accepted = JSON.readTree(live.get(0).data());
            assertThat(accepted.get("from").asText()).isEqualTo("ASSIGNED");
            assertThat(accepted.get("to").asText()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("actor").asText()).isEqualTo("DEPUTY");
            assertThat(accepted.has("at")).isTrue();
            assertThat(JSON.readTree(live.get(3).data()).get("note").asText()).isEqualTo("路灯已经修好了");
            assertThat(JSON.readTree(live.get(4).data()).get("to").asText()).isEqualTo("CLOSED");
            for (Message message : live) {
                // What changed and nothing else: no ids of people or of the case, no internal notes.
                List<String> fields = new java.util.ArrayList<>();
                JSON.readTree(message.data()).fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactlyInAnyOrder("type", "from", "to", "at", "actor", "note");
                assertThat(message.data()).doesNotContain("内部");
            }
            assertThat(stream.awaitEnd(WAIT)).as("the stream ends after the case closed").isTrue();
        }
    }

    @Test
    void resumingWithLastEventIdDeliversTheMissedEventsOnceInOrderThenContinuesLive() throws Throwable {
        PushCases.Case c = cases.submit(venue);
        long accept;
        try (SseClient first = watch(c, Map.of())) {
            first.events(2, WAIT);
            accept = cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            assertThat(first.events(1, WAIT).get(0).id()).isEqualTo(String.valueOf(accept));
        }
        long refer = cases.apply(c.id(), CaseAction.REFER, Actor.deputy(venue.deputyId()),
                ActionDetails.referral(departmentId, "请处理"));
        long reply = cases.apply(c.id(), CaseAction.DEPARTMENT_REPLY, Actor.department(departmentId), ActionDetails.note("好"));

        try (SseClient resumed = watch(c, Map.of("Last-Event-ID", String.valueOf(accept)))) {
            assertThat(resumed.events(2, WAIT)).extracting(Message::id)
                    .containsExactly(String.valueOf(refer), String.valueOf(reply));
            long respond = cases.apply(c.id(), CaseAction.RESPOND, Actor.deputy(venue.deputyId()), ActionDetails.note("已办"));
            assertThat(resumed.events(1, WAIT)).extracting(Message::id).containsExactly(String.valueOf(respond));
            assertThat(resumed.nextEvent(Duration.ofMillis(700))).as("no duplicate").isNull();
        }

        // EventSource cannot set headers: a stream ticket (never the secret) and the resume point go in the query.
        String ticket = io.restassured.RestAssured.given().header("X-Case-Secret", c.secret())
                .post("/api/public/cases/" + c.trackingCode() + "/events/tickets").then().statusCode(200)
                .extract().path("ticket");
        try (SseClient byQuery = SseClient.open(RestAssured.port, "/api/public/cases/" + c.trackingCode()
                + "/events?ticket=" + ticket + "&lastEventId=" + refer, Map.of())) {
            assertThat(byQuery.events(2, WAIT)).extracting(Message::event).containsExactly("DEPARTMENT_REPLY", "RESPOND");
        }
    }

    @Test
    void eventsCommittedWhileTheStreamResumesArriveExactlyOnce() throws Throwable {
        PushCases.Case c = cases.submit(venue);
        cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
        long[] ids = new long[40];
        for (int i = 0; i < 10; i++) {
            ids[i] = cases.apply(c.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("补充 " + i));
        }
        Thread writer = new Thread(() -> {
            try {
                for (int i = 10; i < ids.length; i++) {
                    ids[i] = cases.apply(c.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("补充 " + i));
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        // Resume from the 5th message while the others are being committed: replay and live overlap.
        try (SseClient stream = watch(c, Map.of("Last-Event-ID", String.valueOf(ids[4])))) {
            writer.join(60_000);
            List<Message> received = stream.events(ids.length - 5, Duration.ofSeconds(30));
            assertThat(received).extracting(message -> Long.parseLong(message.id()))
                    .containsExactly(java.util.Arrays.stream(ids, 5, ids.length).boxed().toArray(Long[]::new));
            assertThat(stream.nextEvent(Duration.ofMillis(700))).as("no duplicate").isNull();
        }
    }
}
