package org.liaison.caseflow.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.handling.WorkflowDriver;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Retention scrubs everything the resident wrote (the message, follow-ups, the rating comment, the name and phone
 * wherever deputies and departments repeated them) and the append-only history records it as a redaction.
 */
@QuarkusTest
class RetentionScrubTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    WorkflowDriver driver;

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

    private long count(String sql, Object... args) {
        return fixtures.queryLong(sql, args);
    }

    @Test
    void everythingTheResidentWroteGoesAndTheHistoryRecordsTheRedaction() throws Throwable {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        String base = "/api/deputy/cases/" + id;
        deputy(me).post(base + "/accept").then().statusCode(200);
        driver.apply(id, CaseAction.ADD_MESSAGE, Actor.resident(), ActionDetails.note("补充：我家在3栋，电话13800000001"));
        deputy(me).body(Map.of("departmentId", dept, "note", "请联系张三，电话 138 0000 0001，3栋门口"))
                .post(base + "/refer").then().statusCode(200);
        department(dept).body(Map.of("reply", "已电话联系张三（13800000001），明日清运"))
                .post("/api/department/cases/" + id + "/reply").then().statusCode(200);
        deputy(me).body(Map.of("reply", "已协调清运")).post(base + "/respond").then().statusCode(200);
        driver.apply(id, CaseAction.RATE, Actor.resident(), ActionDetails.rating(Rating.SATISFIED, "张三很满意"));
        long events = count("select count(*) from case_event where case_id = ?", id);

        clock.advance(Duration.ofDays(179));
        sweep();
        assertThat(fixtures.row("select scrubbed_at from resident_case where id = ?", id).get("scrubbed_at")).isNull();
        clock.advance(Duration.ofDays(2));
        assertThat(sweep().scrubbed()).isGreaterThanOrEqualTo(1);

        Map<String, Object> scrubbed = fixtures.row("select * from resident_case where id = ?", id);
        assertThat(scrubbed.get("scrubbed_at")).isNotNull();
        assertThat(scrubbed.get("resident_name_enc")).isNull();
        assertThat(scrubbed.get("resident_phone_enc")).isNull();
        assertThat(scrubbed.get("rating_comment")).isNull();
        assertThat((String) scrubbed.get("text")).doesNotContain("垃圾");
        assertThat(scrubbed).containsEntry("rating", "SATISFIED").containsEntry("closed_as", "SATISFIED");

        // the history keeps every event, with what the resident wrote removed and the redaction recorded
        assertThat(count("select count(*) from case_event where case_id = ?", id)).isEqualTo(events);
        assertThat(count("select count(*) from case_event where case_id = ? and actor_role = 'RESIDENT' and note is not null", id)).isZero();
        assertThat(count("select count(*) from case_event where case_id = ? and actor_role = 'RESIDENT' and type in ('ADD_MESSAGE', 'RATE')"
                + " and redacted_at is not null", id)).isEqualTo(2);
        assertThat(count("select count(*) from case_event where case_id = ? and (note like '%张三%' or note like '%0001%')", id)).isZero();
        assertThat(count("select count(*) from case_event where case_id = ? and type = 'REFER' and note like '%3栋门口%'"
                + " and redacted_at is not null", id)).isEqualTo(1);
        assertThat(count("select count(*) from referral where case_id = ? and (note like '%张三%' or note like '%0001%'"
                + " or reply like '%张三%' or reply like '%0001%')", id)).isZero();
        assertThat(count("select count(*) from referral where case_id = ? and reply like '%明日清运%'", id)).isEqualTo(1);

        // still append-only: nothing but a first redaction of a note may change a row, and nothing may be deleted
        long refer = count("select id from case_event where case_id = ? and type = 'REFER'", id);
        long respond = count("select id from case_event where case_id = ? and type = 'RESPOND'", id);
        assertThatThrownBy(() -> fixtures.update("update case_event set type = 'ACCEPT' where id = ?", respond))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.update("update case_event set note = 'x', redacted_at = now() where id = ?", refer))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.update("update case_event set note = null, redacted_at = now(), deputy_id = null where id = ?", respond))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.update("delete from case_event where id = ?", respond))
                .hasMessageContaining("append-only");
    }
}
