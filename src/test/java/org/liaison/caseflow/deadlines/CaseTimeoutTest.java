package org.liaison.caseflow.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Cases that wait for the resident (CASE_AWAITING_INFO_TIMEOUT) or sit in the administrators' queue
 * (CASE_QUEUE_TIMEOUT) longer than the timeout close as EXPIRED, so retention scrubs them too; and one case the
 * workflow cannot move does not stop the rest of the sweep.
 */
@QuarkusTest
class CaseTimeoutTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    DeadlineSweep sweep;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SweepReport sweep() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(sweep::run);
    }

    private Map<String, Object> row(long id) {
        return fixtures.row("select status, closed_as, closed_at, scrubbed_at, assigned_deputy_id from resident_case where id = ?", id);
    }

    @Test
    void casesWaitingForTheResidentOrInTheQueueExpireAndAreScrubbedLater() throws Throwable {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        long waiting = fixtures.submit(venue);
        long queued = fixtures.submit(venue);
        deputy(me).post("/api/deputy/cases/" + waiting + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("question", "请补充门牌号")).post("/api/deputy/cases/" + waiting + "/request-info")
                .then().statusCode(200);
        Map<String, Object> toQueue = new HashMap<>();
        toQueue.put("deputyId", null);
        admin().body(toQueue).post("/api/admin/cases/" + queued + "/assign").then().statusCode(200);

        clock.advance(Duration.ofDays(29));
        sweep();
        assertThat(row(waiting)).containsEntry("status", "AWAITING_INFO");
        assertThat(row(queued)).containsEntry("status", "ASSIGNED");

        clock.advance(Duration.ofDays(2));
        assertThat(sweep().expired()).isGreaterThanOrEqualTo(2);
        for (long id : new long[]{waiting, queued}) {
            assertThat(row(id)).containsEntry("status", "CLOSED").containsEntry("closed_as", "EXPIRED");
            assertThat(fixtures.row("select actor_role, public from case_event where case_id = ? and type = 'EXPIRE'", id))
                    .containsEntry("actor_role", "SYSTEM").containsEntry("public", true);
        }
        sweep();
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'EXPIRE'", queued)).isEqualTo(1);

        clock.advance(Duration.ofDays(181));
        sweep();
        assertThat(row(waiting).get("scrubbed_at")).isNotNull();
        assertThat(row(queued).get("scrubbed_at")).isNotNull();
    }

    @Test
    void oneCaseTheWorkflowCannotMoveDoesNotStopTheOthers() throws Throwable {
        long a = fixtures.newDeputy();
        long b = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(a, b);
        long first = fixtures.submit(venue);
        long broken = fixtures.submit(venue);
        long last = fixtures.submit(venue);
        // a corrupt exclusion list makes the escalation of this one case throw inside the workflow
        fixtures.update("update resident_case set excluded_deputy_ids = 'not-a-list' where id = ?", broken);
        long brokenHolder = (Long) row(broken).get("assigned_deputy_id");

        clock.advance(Duration.ofHours(25));
        sweep();
        for (long id : new long[]{first, last}) {
            assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'ESCALATE'", id))
                    .as("case %d escalated", id).isEqualTo(1);
        }
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'ESCALATE'", broken)).isZero();
        assertThat(row(broken)).containsEntry("status", "ASSIGNED").containsEntry("assigned_deputy_id", brokenHolder);
        fixtures.update("update resident_case set excluded_deputy_ids = '' where id = ?", broken);
    }
}
