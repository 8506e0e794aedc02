package org.liaison.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.department.DepartmentFixtures;
import org.liaison.push.SseClient.Message;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A department's stream shows what its REST view shows: its own referral and public notes, no internal ones. */
@QuarkusTest
class DepartmentStreamShareTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CaseWorkflow workflow;

    private static List<String> notes(List<Message> events) throws Exception {
        List<String> notes = new ArrayList<>();
        for (Message event : events) {
            JsonNode note = JSON.readTree(event.data()).get("note");
            notes.add(note == null || note.isNull() ? null : note.asText());
        }
        return notes;
    }

    @Test
    void aDepartmentStreamCarriesNoInternalNoteOfTheDeputy() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        long departmentId = DepartmentFixtures.create();
        Actor deputy = Actor.deputy(venue.deputyId());
        PushCases.Case c = cases.submit(venue);
        cases.apply(c.id(), CaseAction.ACCEPT, deputy, ActionDetails.NONE);
        try (SseClient stream = SseClient.open(RestAssured.port, "/api/department/events",
                Map.of("Authorization", "Bearer " + Tokens.department(departmentId)))) {
            assertThat(stream.nextComment(WAIT)).isNotNull();
            cases.apply(c.id(), CaseAction.REFER, deputy, ActionDetails.referral(departmentId, "请贵局处理"));
            cases.apply(c.id(), CaseAction.RECALL_REFERRAL, deputy, ActionDetails.note("内部收回说明"));
            List<Message> events = stream.events(2, WAIT);
            assertThat(events).extracting(Message::event).containsExactly("REFER", "RECALL_REFERRAL");
            assertThat(notes(events)).containsExactly("请贵局处理", null);
        }
        try (SseClient resumed = SseClient.open(RestAssured.port, "/api/department/events?lastEventId=0",
                Map.of("Authorization", "Bearer " + Tokens.department(departmentId)))) {
            assertThat(notes(resumed.events(2, WAIT))).containsExactly("请贵局处理", null);
        }
    }
}
