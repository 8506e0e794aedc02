package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.push.SseClient.Message;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The LISTEN connection dies and comes back without losing an event; the push is measured. */
@QuarkusTest
class PushRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    CaseWorkflow workflow;

    @Inject
    Pool pool;

    @Test
    void eventsCommittedWhileTheListenConnectionIsDownStillArriveAfterItReconnects() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        try (SseClient stream = ResidentStreamTest.watch(c, Map.of())) {
            stream.events(2, WAIT);
            assertThat(terminateListeners()).as("the listener's backend was found and killed").isPositive();
            // Committed at once, most likely while the listener is reconnecting: its NOTIFY is lost, the catch-up is not.
            long accept = cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            assertThat(stream.events(1, WAIT)).extracting(Message::id).containsExactly(String.valueOf(accept));

            awaitListening();
            long message = cases.apply(c.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("还在吗"));
            assertThat(stream.events(1, WAIT)).extracting(Message::id).containsExactly(String.valueOf(message));
        }
    }

    @Test
    void anEventWhoseNoticeWasLostArrivesWithTheNextNotice() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        try (SseClient stream = ResidentStreamTest.watch(c, Map.of())) {
            stream.events(2, WAIT);
            // what an instance killed between a pipelined commit and its gathered NOTIFY leaves: the event, no notice
            long orphan = commitWithoutNotice(c.id());
            assertThat(stream.nextEvent(Duration.ofSeconds(1))).as("nothing announced it yet").isNull();
            long next = cases.apply(c.id(), CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("有人吗"));
            assertThat(stream.events(2, WAIT)).extracting(Message::id)
                    .containsExactly(String.valueOf(orphan), String.valueOf(next));
        }
    }

    /** A resident's message event committed with the after-commit setting (the trigger stays quiet), never announced. */
    private long commitWithoutNotice(long caseId) {
        return pool.withTransaction(connection -> connection
                        .query("select set_config('liaison.notify', 'after-commit', true)").execute()
                        .chain(() -> connection.preparedQuery("insert into case_event (id, case_id, type, from_status,"
                                        + " to_status, actor_role, note, public, note_public, created_at)"
                                        + " select nextval('case_event_id_seq'), id, 'ADD_MESSAGE', status, status, 'RESIDENT',"
                                        + " '没人回吗', true, true, now() from resident_case where id = $1 returning id")
                                .execute(io.vertx.mutiny.sqlclient.Tuple.of(caseId))))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    @Test
    void openStreamsPushedEventsAndPushLagAreMetrics() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        try (SseClient stream = ResidentStreamTest.watch(c, Map.of())) {
            stream.events(2, WAIT);
            cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            stream.events(1, WAIT);
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("liaison_push_streams_open"))
                    .body(containsString("liaison_push_events_total{stream=\"resident\""))
                    .body(containsString("liaison_push_lag_seconds_count"));
        }
    }

    private long terminateListeners() {
        return pool.query("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where query like 'LISTEN%' and pid <> pg_backend_pid()")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long listening = pool.query("select count(*) from pg_stat_activity where query like 'LISTEN%'")
                    .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
            if (listening > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the listener did not reconnect");
    }
}
