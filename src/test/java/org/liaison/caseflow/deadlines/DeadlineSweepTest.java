package org.liaison.caseflow.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** The deadline sweep, driven by moving the service clock (category ENVIRONMENT: 24 h to accept, 240 h to resolve). */
@QuarkusTest
class DeadlineSweepTest {

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

    private SweepReport sweep() {
        try {
            return VertxContextSupport.subscribeAndAwait(sweep::run);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long events(long caseId, String type) {
        return fixtures.queryLong("select count(*) from case_event where case_id = ? and type = ?", caseId, type);
    }

    private Map<String, Object> caseRow(long caseId) {
        return fixtures.row("select * from resident_case where id = ?", caseId);
    }

    @Test
    void aCaseNotAcceptedInTimeIsEscalatedToTheNextCandidateThenToTheQueue() {
        long a = fixtures.newDeputy();
        long b = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(a, b));
        long first = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id);

        clock.advance(Duration.ofHours(23));
        sweep();
        assertThat(events(id, "ESCALATE")).isZero();

        clock.advance(Duration.ofHours(2));
        assertThat(sweep().escalated()).isGreaterThanOrEqualTo(1);
        Map<String, Object> escalated = caseRow(id);
        assertThat(escalated.get("assigned_deputy_id")).isEqualTo(first == a ? b : a);
        assertThat(escalated.get("status")).isEqualTo("ASSIGNED");
        assertThat((String) escalated.get("excluded_deputy_ids")).isEqualTo(String.valueOf(first));
        assertThat(fixtures.row("select actor_role from case_event where case_id = ? and type = 'ESCALATE'", id))
                .containsEntry("actor_role", "SYSTEM");

        sweep();
        assertThat(events(id, "ESCALATE")).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        sweep();
        assertThat(caseRow(id).get("assigned_deputy_id")).isNull();
        assertThat(caseRow(id).get("routing_rule")).isEqualTo("ADMIN_QUEUE");
        clock.advance(Duration.ofHours(25));
        sweep();
        assertThat(events(id, "ESCALATE")).isEqualTo(2);
    }

    @Test
    void aCaseNotResolvedInTimeIsMarkedOverdueOnceUnlessItsClockIsPaused() {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        long late = fixtures.submit(venue);
        long waiting = fixtures.submit(venue);
        deputy(me).post("/api/deputy/cases/" + late + "/accept").then().statusCode(200);
        deputy(me).post("/api/deputy/cases/" + waiting + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("question", "请补充门牌号")).post("/api/deputy/cases/" + waiting + "/request-info")
                .then().statusCode(200);

        clock.advance(Duration.ofHours(239));
        sweep();
        assertThat(caseRow(late).get("overdue")).isEqualTo(false);

        clock.advance(Duration.ofHours(2));
        sweep();
        assertThat(caseRow(late)).containsEntry("overdue", true).containsEntry("supervised", true)
                .containsEntry("status", "ACCEPTED");
        assertThat(fixtures.row("select public from case_event where case_id = ? and type = 'MARK_OVERDUE'", late))
                .containsEntry("public", false);
        assertThat(caseRow(waiting).get("overdue")).isEqualTo(false);

        sweep();
        assertThat(events(late, "MARK_OVERDUE")).isEqualTo(1);
        deputy(me).get("/api/deputy/cases/" + late).then().statusCode(200).body("overdue", equalTo(true));
    }

    @Test
    void aResponseNotRatedInTimeClosesUnratedAndPersonalDataGoesAfterTheRetention() {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        long responded = fixtures.submit(venue);
        long rejected = fixtures.submit(venue);
        deputy(me).post("/api/deputy/cases/" + responded + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("reply", "已处理")).post("/api/deputy/cases/" + responded + "/respond").then().statusCode(200);
        deputy(me).body(Map.of("reason", "重复提交")).post("/api/deputy/cases/" + rejected + "/reject").then().statusCode(200);

        clock.advance(Duration.ofDays(7).minusHours(1));
        sweep();
        assertThat(caseRow(responded).get("status")).isEqualTo("RESPONDED");

        clock.advance(Duration.ofHours(2));
        sweep();
        assertThat(caseRow(responded)).containsEntry("status", "CLOSED").containsEntry("closed_as", "UNRATED");
        assertThat(caseRow(responded).get("closed_at")).isNotNull();
        assertThat(caseRow(responded).get("resident_phone_enc")).isNotNull();
        sweep();
        assertThat(events(responded, "CLOSE_UNRATED")).isEqualTo(1);

        clock.advance(Duration.ofDays(181));
        assertThat(sweep().scrubbed()).isGreaterThanOrEqualTo(2);
        for (long id : new long[]{responded, rejected}) {
            Map<String, Object> scrubbed = caseRow(id);
            assertThat(scrubbed.get("resident_name_enc")).isNull();
            assertThat(scrubbed.get("resident_phone_enc")).isNull();
            assertThat(scrubbed.get("scrubbed_at")).isNotNull();
            assertThat(scrubbed.get("submitted_at")).isNotNull();
            assertThat(scrubbed.get("category_id")).isNotNull();
            assertThat(scrubbed.get("venue_id")).isEqualTo(venue);
            assertThat(scrubbed.get("assigned_deputy_id")).isEqualTo(me);
        }
        assertThat(caseRow(responded)).containsEntry("closed_as", "UNRATED");
        assertThat(caseRow(responded).get("accepted_at")).isNotNull();
        assertThat(caseRow(responded).get("responded_at")).isNotNull();
        assertThat(caseRow(rejected)).containsEntry("status", "REJECTED");
        deputy(me).get("/api/deputy/cases/" + responded).then().statusCode(200)
                .body("resident.name", nullValue())
                .body("resident.nameDisclosure", equalTo("SCRUBBED"))
                .body("resident.phoneDisclosure", equalTo("SCRUBBED"));

        Object scrubbedAt = caseRow(responded).get("scrubbed_at");
        clock.advance(Duration.ofDays(1));
        sweep();
        assertThat(caseRow(responded).get("scrubbed_at")).isEqualTo(scrubbedAt);
    }

    @Test
    void twoSweepsAtOnceEscalateEachCaseOnce() throws Exception {
        long a = fixtures.newDeputy();
        long b = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(a, b);
        long[] ids = {fixtures.submit(venue), fixtures.submit(venue), fixtures.submit(venue)};
        clock.advance(Duration.ofHours(25));

        CompletableFuture<SweepReport> one = CompletableFuture.supplyAsync(this::sweep);
        CompletableFuture<SweepReport> two = CompletableFuture.supplyAsync(this::sweep);
        one.get();
        two.get();
        for (long id : ids) {
            assertThat(events(id, "ESCALATE")).isEqualTo(1);
        }
    }
}
