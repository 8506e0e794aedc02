package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.stats.LiveRollupsOnTest.rollups;

/** liaison.stats.live-rollups=false (benchmarks, bulk loads): events are recorded, rollups wait for the rebuild. */
@QuarkusTest
@TestProfile(LiveRollupsOffProfile.class)
class LiveRollupsOffTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aSubmissionLeavesNoRollupRowUntilTheRebuild() {
        long venue = fixtures.venueServedBy(fixtures.newDeputy());
        long id = fixtures.submit(venue);
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ?", id)).isEqualTo(2);
        assertThat(rollups(fixtures, venue)).containsEntry("rows", 0L).containsEntry("received", 0L);

        admin().post("/api/admin/stats/rebuild").then().statusCode(200);
        assertThat(rollups(fixtures, venue)).containsEntry("rows", 1L).containsEntry("received", 1L);
    }
}
