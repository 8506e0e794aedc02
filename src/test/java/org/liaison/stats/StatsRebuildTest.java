package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** The rebuild from case_event gives exactly the rows the listener kept, over every kind of event. */
@QuarkusTest
class StatsRebuildTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRebuildReproducesTheLiveRollupsRowForRow() {
        long d1 = fixtures.newDeputy();
        long d2 = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long home = fixtures.venueServedBy(d1, d2);
        long station = VenueFixtures.create("STATION", home, "重建区");

        cases.at("2027-06-10T09:00:00");
        long satisfied = fixtures.submit(home);
        long referred = fixtures.submit(home);
        long escalated = fixtures.submit(home);
        long rejected = fixtures.submit(station);
        long unrated = fixtures.submit(home);
        cases.at("2027-06-10T10:00:00");
        for (long id : new long[]{satisfied, referred, unrated}) {
            deputy(holder(id)).post("/api/deputy/cases/{id}/accept", id).then().statusCode(200);
        }
        deputy(holder(referred)).body(Map.of("departmentId", dept, "note", "请核实"))
                .post("/api/deputy/cases/{id}/refer", referred).then().statusCode(200);
        admin().body(Map.of("reason", "不属于受理范围，请向法院反映")).post("/api/admin/cases/{id}/reject", rejected)
                .then().statusCode(200);
        cases.at("2027-06-10T23:59:00");
        department(dept).body(Map.of("reply", "已清运")).post("/api/department/cases/{id}/reply", referred).then().statusCode(200);
        respond(satisfied);
        respond(unrated);
        admin().body(Map.of("note", "督办")).post("/api/admin/cases/{id}/supervise", escalated).then().statusCode(200);
        cases.at("2027-06-11T00:01:00");
        respond(referred);
        cases.rate(satisfied, Rating.UNSATISFIED);
        cases.rate(referred, Rating.BASICALLY_SATISFIED);
        cases.at("2027-06-11T12:00:00");
        cases.sweep(); // escalates the unaccepted case (24 h)
        respond(satisfied);
        cases.rate(satisfied, Rating.SATISFIED);
        cases.at("2027-06-20T12:00:00");
        cases.sweep(); // closes the unrated one
        cases.at("2027-07-01T12:00:00");
        cases.sweep(); // the escalated case, never accepted, falls overdue (240 h)

        List<Long> venues = List.of(home, station);
        List<List<Object>> live = rows("stats_daily", venues);
        List<List<Object>> liveBuckets = rows("stats_daily_histogram", venues);
        assertThat(live).hasSizeGreaterThan(3);
        assertThat(liveBuckets).isNotEmpty();

        admin().post("/api/admin/stats/rebuild").then().statusCode(200);

        assertThat(rows("stats_daily", venues)).isEqualTo(live);
        assertThat(rows("stats_daily_histogram", venues)).isEqualTo(liveBuckets);
        long supervisedEvents = fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'SUPERVISE'", escalated);
        assertThat(supervisedEvents).isEqualTo(1);
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'ESCALATE'", escalated)).isPositive();
        assertThat(fixtures.queryLong("select coalesce(sum(accept_decided), 0) from stats_daily where venue_id = ?", home))
                .as("three acceptances and one escalation decided").isEqualTo(4);
    }

    private void respond(long id) {
        deputy(holder(id)).body(Map.of("reply", "已答复")).post("/api/deputy/cases/{id}/respond", id).then().statusCode(200);
    }

    private long holder(long caseId) {
        return fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", caseId);
    }

    private List<List<Object>> rows(String table, List<Long> venues) {
        String ids = venues.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + table + " where venue_id in (" + ids
                     + ") order by 1, 2, 3, 4, 5" + (table.endsWith("histogram") ? ", 6, 7" : ""))) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
