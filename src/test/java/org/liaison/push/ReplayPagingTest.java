package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.push.SseClient.Message;
import org.liaison.support.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A stream resuming after a long absence pages through the history until it has caught up (pages of 1,000). */
@QuarkusTest
class ReplayPagingTest {

    private static final int MISSED = 2_345;

    @Inject
    CaseWorkflow workflow;

    @Inject
    DataSource dataSource;

    private void missedMessages(long caseId, long deputyId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into case_event (case_id, type, from_status, to_status, actor_role, note, public, note_public,"
                        + " deputy_id, created_at) select ?, 'ADD_MESSAGE', 'ACCEPTED', 'ACCEPTED', 'RESIDENT', 'm' || n,"
                        + " true, true, ?, now() from generate_series(1, ?) n")) {
            insert.setLong(1, caseId);
            insert.setLong(2, deputyId);
            insert.setInt(3, MISSED);
            insert.executeUpdate();
        }
    }

    @Test
    void aResumedStreamGetsEveryMissedEventInOrder() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        long accept = cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
        missedMessages(c.id(), venue.deputyId());

        try (SseClient resident = ResidentStreamTest.watch(c, Map.of("Last-Event-ID", String.valueOf(accept)))) {
            List<Message> events = resident.events(MISSED, Duration.ofSeconds(60));
            assertThat(events).hasSize(MISSED);
            assertThat(events.get(0).data()).contains("\"m1\"");
            assertThat(events.get(MISSED - 1).data()).contains("\"m" + MISSED + "\"");
            assertThat(events).extracting(message -> Long.parseLong(message.id())).isSorted().doesNotHaveDuplicates();
            assertThat(resident.nextEvent(Duration.ofMillis(700))).isNull();
        }
        try (SseClient deputy = HolderStreamTest.watch("/api/deputy/events?lastEventId=" + accept,
                Tokens.deputy(venue.deputyId()), Map.of())) {
            assertThat(deputy.events(MISSED, Duration.ofSeconds(60))).hasSize(MISSED);
        }
    }
}
