package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * {@code ?since=1} on the deputy's poll reads the deputy's own history, not the whole event table: the query that
 * finds the cases it lost is bounded by the deputy's events (case_event_deputy_idx), whatever the cursor.
 */
@QuarkusTest
class ReleasedPollPlanTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    DataSource dataSource;

    private String plan(String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze case_event");
            statement.execute("analyze resident_case");
            try (ResultSet rows = statement.executeQuery("explain " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    @Test
    void aPollFromAnOldCursorIsBoundedByTheDeputysOwnEvents() throws Exception {
        long me = fixtures.newDeputy();
        long other = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        // plenty of history that is not this deputy's
        fixtures.update("insert into case_event (case_id, type, actor_role, public, note_public, created_at)"
                + " select ?, 'ADD_MESSAGE', 'SYSTEM', false, false, now() from generate_series(1, 5000)", id);
        admin().body(Map.of("deputyId", other)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);

        deputy(me).get("/api/deputy/assignments?since=1").then().statusCode(200).body("released", hasItem((int) id));

        String plan = plan(CaseWorkRepository.RELEASED.replace(":since", "1").replace(":deputy", String.valueOf(me))
                .replace(":limit", "100"));
        assertThat(plan).as(plan).doesNotContain("Seq Scan on case_event").doesNotContain("case_event_pkey")
                .contains("case_event_deputy_idx");
    }
}
