package org.liaison.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.auth.Role;
import org.liaison.auth.TokenService;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.department.DepartmentFixtures;
import org.liaison.push.SseClient.Message;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Deputies' and departments' streams: only their own cases, internal notes included, ending with the token. */
@QuarkusTest
class HolderStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CaseWorkflow workflow;

    static SseClient watch(String path, String token, Map<String, String> extra) {
        Map<String, String> headers = new java.util.HashMap<>(extra);
        headers.put("Authorization", "Bearer " + token);
        return SseClient.open(RestAssured.port, path, headers);
    }

    @Test
    void aDeputyStreamCarriesItsOwnCasesWithInternalNotesAndNeverAnotherDeputys() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue mine = PushCases.venueWithDeputy();
        PushCases.Venue theirs = PushCases.venueWithDeputy();
        long departmentId = DepartmentFixtures.create();
        try (SseClient stream = watch("/api/deputy/events", Tokens.deputy(mine.deputyId()), Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextComment(WAIT)).as("the stream opens at once").isNotNull();
            List<Long> expected = new ArrayList<>();
            PushCases.Case other = cases.submit(theirs);
            PushCases.Case own = cases.submit(mine);
            cases.apply(other.id(), CaseAction.ACCEPT, Actor.deputy(theirs.deputyId()), ActionDetails.NONE);
            expected.add(cases.apply(own.id(), CaseAction.ACCEPT, Actor.deputy(mine.deputyId()), ActionDetails.NONE));
            cases.apply(other.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("别人的留言"));
            expected.add(cases.apply(own.id(), CaseAction.REFER, Actor.deputy(mine.deputyId()),
                    ActionDetails.referral(departmentId, "内部转办说明")));
            expected.add(cases.apply(own.id(), CaseAction.DEPARTMENT_REPLY, Actor.department(departmentId),
                    ActionDetails.note("部门答复")));

            // SUBMITTED precedes routing (nobody holds it yet); ROUTE is the new assignment.
            List<Message> events = stream.events(4, WAIT);
            assertThat(events).extracting(Message::event).containsExactly("ROUTE", "ACCEPT", "REFER", "DEPARTMENT_REPLY");
            assertThat(events.subList(1, 4)).extracting(message -> Long.parseLong(message.id())).containsExactlyElementsOf(expected);
            for (Message event : events) {
                JsonNode data = JSON.readTree(event.data());
                assertThat(data.get("caseId").asLong()).isEqualTo(own.id());
                assertThat(data.get("trackingCode").asText()).isEqualTo(own.trackingCode());
            }
            assertThat(JSON.readTree(events.get(2).data()).get("note").asText()).isEqualTo("内部转办说明");
            assertThat(stream.nextEvent(Duration.ofSeconds(1))).as("nothing of the other deputy").isNull();
        }
        // Resuming replays from the table with the same filter.
        try (SseClient resumed = watch("/api/deputy/events?lastEventId=0", Tokens.deputy(mine.deputyId()), Map.of())) {
            List<Message> all = resumed.events(4, WAIT);
            assertThat(all).extracting(Message::event).containsExactly("ROUTE", "ACCEPT", "REFER", "DEPARTMENT_REPLY");
            assertThat(resumed.nextEvent(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void aDepartmentStreamCarriesTheCasesReferredToIt() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        long departmentId = DepartmentFixtures.create();
        long otherDepartment = DepartmentFixtures.create();
        try (SseClient stream = watch("/api/department/events", Tokens.department(departmentId), Map.of())) {
            assertThat(stream.nextComment(WAIT)).isNotNull();
            PushCases.Case c = cases.submit(venue);
            PushCases.Case notOurs = cases.submit(venue);
            cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            cases.apply(notOurs.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            cases.apply(notOurs.id(), CaseAction.REFER, Actor.deputy(venue.deputyId()), ActionDetails.referral(otherDepartment, "别处"));
            long refer = cases.apply(c.id(), CaseAction.REFER, Actor.deputy(venue.deputyId()),
                    ActionDetails.referral(departmentId, "请贵局处理"));
            long message = cases.apply(c.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("补充照片"));
            long reply = cases.apply(c.id(), CaseAction.DEPARTMENT_REPLY, Actor.department(departmentId),
                    ActionDetails.note("已处理"));
            cases.apply(c.id(), CaseAction.RESPOND, Actor.deputy(venue.deputyId()), ActionDetails.note("已办结"));
            // Its own reply reaches it (the referral closes with it); what the deputy does afterwards does not.
            assertThat(stream.events(3, WAIT)).extracting(Message::id)
                    .containsExactly(String.valueOf(refer), String.valueOf(message), String.valueOf(reply));
            assertThat(stream.nextEvent(Duration.ofMillis(700))).isNull();
        }
    }

    @Test
    void theStreamEndsWhenTheTokenExpires() throws Throwable {
        long deputyId = PushCases.venueWithDeputy().deputyId();
        String shortLived = Jwt.subject("9" + deputyId).upn("deputy-test").groups(Set.of(Role.DEPUTY))
                .claim(TokenService.DEPUTY_CLAIM, deputyId).expiresIn(3).sign();
        try (SseClient stream = watch("/api/deputy/events", shortLived, Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitEnd(Duration.ofSeconds(15))).isTrue();
        }
    }

    @Test
    void idleStreamsGetHeartbeatComments() throws Throwable {
        try (SseClient stream = watch("/api/department/events", Tokens.department(DepartmentFixtures.create()), Map.of())) {
            assertThat(stream.nextComment(WAIT).comment()).isEqualTo("stream open");
            // %test.liaison.push.heartbeat is 2 s.
            assertThat(stream.nextComment(Duration.ofSeconds(6)).comment()).isEqualTo("heartbeat");
        }
    }

    @Test
    void theStreamsRequireTheirRole() {
        SecurityMatrix.assertRequires(Role.DEPUTY, List.of(SecurityMatrix.Call.get("/api/deputy/events")));
        SecurityMatrix.assertRequires(Role.DEPARTMENT, List.of(SecurityMatrix.Call.get("/api/department/events")));
    }
}
