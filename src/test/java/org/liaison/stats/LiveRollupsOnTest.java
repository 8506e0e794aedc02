package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** liaison.stats.live-rollups on (the default): a submission is in the rollups when it commits. */
@QuarkusTest
class LiveRollupsOnTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aSubmissionIsCountedInItsOwnTransaction() {
        long venue = fixtures.venueServedBy(fixtures.newDeputy());
        fixtures.submit(venue);
        assertThat(rollups(fixtures, venue)).containsEntry("rows", 1L).containsEntry("received", 1L);
    }

    /** How many rollup rows the venue has, and the cases they count as received. */
    static Map<String, Object> rollups(CaseFixtures fixtures, long venue) {
        return fixtures.row("select count(*) as rows, coalesce(sum(received), 0)::bigint as received"
                + " from stats_daily where venue_id = ?", venue);
    }
}
