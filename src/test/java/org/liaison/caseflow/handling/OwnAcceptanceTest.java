package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.deadlines.DeadlineSweep;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.liaison.caseflow.handling.CaseFixtures.NAME;
import static org.liaison.caseflow.handling.CaseFixtures.PHONE;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * A deputy sees the resident's contact only once it accepted the case itself: an earlier holder's acceptance does
 * not carry over a reassignment, a decline or an escalation.
 */
@QuarkusTest
class OwnAcceptanceTest {

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

    private static String url(long id) {
        return "/api/deputy/cases/" + id;
    }

    private static void masked(long deputyId, long caseId) {
        deputy(deputyId).get(url(caseId)).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("resident.nameDisclosure", equalTo("MASKED"))
                .body("resident.phoneDisclosure", equalTo("MASKED"))
                .body("resident.phone", equalTo("****0001"));
    }

    /** Deputy one accepts, an administrator hands the case to deputy two: returns the case. */
    private long acceptedThenReassigned(long one, long two) {
        long id = fixtures.submit(fixtures.venueServedBy(one));
        deputy(one).post(url(id) + "/accept").then().statusCode(200).body("resident.phone", equalTo(PHONE));
        admin().body(Map.of("deputyId", two)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);
        return id;
    }

    @Test
    void aReassignedDeputySeesTheContactMaskedUntilItAcceptsItself() {
        long one = fixtures.newDeputy();
        long two = fixtures.newDeputy();
        long id = acceptedThenReassigned(one, two);
        masked(two, id);
        deputy(two).post(url(id) + "/accept").then().statusCode(200)
                .body("resident.name", equalTo(NAME)).body("resident.phone", equalTo(PHONE));
        // handed back to the first deputy: its old acceptance does not count either
        admin().body(Map.of("deputyId", one)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);
        masked(one, id);
    }

    @Test
    void afterADeclineTheNextDeputySeesItMasked() {
        long one = fixtures.newDeputy();
        long two = fixtures.newDeputy();
        long three = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(one, three));
        long first = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id);
        deputy(first).post(url(id) + "/accept").then().statusCode(200);
        admin().body(Map.of("deputyId", two)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);
        deputy(two).body(Map.of("reason", "出差")).post(url(id) + "/decline").then().statusCode(200);
        // routed again at the venue: whoever gets it, an acceptance by the first deputy no longer counts
        masked(fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id), id);
    }

    @Test
    void afterAnEscalationTheNextDeputySeesItMasked() throws Throwable {
        long one = fixtures.newDeputy();
        long two = fixtures.newDeputy();
        long three = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(one, three));
        long first = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id);
        deputy(first).post(url(id) + "/accept").then().statusCode(200);
        admin().body(Map.of("deputyId", two)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);
        clock.advance(Duration.ofHours(25));
        VertxContextSupport.subscribeAndAwait(sweep::run);
        long next = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id);
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(two);
        masked(next, id);
    }
}
