package org.liaison.caseflow.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.tracking.CaseRows;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/** A key is remembered for IDEMPOTENCY_KEY_LIFETIME (24 h): after it, the same key is a new submission, and the purge removes it. */
@QuarkusTest
class IdempotencyLifetimeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;
    @Inject
    CaseRows rows;
    @Inject
    IdempotencyPurge purge;

    private void age(String key, int hours) {
        pool.preparedQuery("update idempotency_record set created_at = created_at - make_interval(hours => $2) where idempotency_key = $1")
                .execute(Tuple.of(key, hours)).await().atMost(WAIT);
    }

    private long records(String key) {
        return pool.preparedQuery("select count(*) from idempotency_record where idempotency_key = $1")
                .execute(Tuple.of(key)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    @Test
    void aKeyOlderThanItsLifetimeStartsANewSubmissionInsteadOfA422() {
        long venue = venue("HOME", null);
        duty(venue, deputy("期限代表"), notToday());
        String code = venueCode(venue);
        String category = category();
        String key = UUID.randomUUID().toString();
        String first = resident().header("Idempotency-Key", key).body(submission(category, "第一次的留言"))
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(201).extract().path("trackingCode");

        age(key, 23);
        resident().header("Idempotency-Key", key).body(submission(category, "另一件事"))
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(422);

        age(key, 2);
        String second = resident().header("Idempotency-Key", key).body(submission(category, "另一件事"))
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(201).extract().path("trackingCode");
        assertThat(second).isNotEqualTo(first);
        assertThat(rows.countAtVenue(venue)).isEqualTo(2);
    }

    @Test
    void thePurgeDeletesExpiredRecordsAndKeepsFreshOnes() {
        long venue = venue("HOME", null);
        duty(venue, deputy("清理代表"), notToday());
        String code = venueCode(venue);
        String category = category();
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        resident().header("Idempotency-Key", old).body(submission(category, "旧的留言"))
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(201);
        resident().header("Idempotency-Key", fresh).body(submission(category, "新的留言"))
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(201);
        age(old, 25);

        int purged = CaseRows.await(purge::purge);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(records(old)).isZero();
        assertThat(records(fresh)).isEqualTo(1);
    }
}
