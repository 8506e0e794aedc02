package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;
import org.liaison.venue.VenueFixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Every figure against hand-computed expectations on four cases at a home H (deputy d1) and its station S (deputy
 * d2), in category ENVIRONMENT (24 h to accept, 240 h to resolve), in Asia/Shanghai local time:
 * <pre>
 * A  H  submitted 03-31 10:00, accepted 12:30 (2.5 h, on time), responded 15:00 (5 h), rated satisfied 16:00
 * B  H  submitted 03-31 10:00, accepted 04-01 17:00 (31 h, late), supervised and urged 04-02, overdue 04-11, open
 * C  S  submitted 03-31 23:30 (15:30 UTC), accepted 04-01 01:00 (17:00 UTC, so April), responded 02:00 (2.5 h),
 *       rated unsatisfied 02:30 (reopened), responded again 20:00, closed unrated by the sweep 04-11
 * Durations sit inside their histogram buckets, away from the edges, so milliseconds of test time never move them.
 * D  S  submitted 04-01 09:00, withdrawn 09:10
 * </pre>
 * The clock stays at 2027-04-11 12:00 for the live figures: B is open and past its resolve deadline (04-10 10:00).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsFiguresTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    MutableClock clock;

    String region;
    long home;
    long station;
    long d1;
    long d2;

    boolean seeded;

    /** Once for the class, but after Quarkus listens (a @BeforeAll runs before RestAssured knows the port). */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        region = VenueFixtures.unique("统计区");
        d1 = fixtures.newDeputy();
        d2 = fixtures.newDeputy();
        home = fixtures.venueServedBy(d1);
        fixtures.update("update venue set region = ? where id = ?", region, home);
        station = VenueFixtures.create("STATION", home, region);
        fixtures.update("insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays) values (?, ?, 'MONTHLY', 3, 'TUESDAY')",
                station, d2);

        cases.at("2027-03-31T10:00:00");
        long a = fixtures.submit(home);
        long b = fixtures.submit(home);
        assertThat(holder(a)).isEqualTo(d1);
        assertThat(holder(b)).isEqualTo(d1);
        cases.at("2027-03-31T12:30:00");
        accept(d1, a);
        cases.at("2027-03-31T15:00:00");
        respond(d1, a);
        cases.at("2027-03-31T16:00:00");
        cases.rate(a, Rating.SATISFIED);

        cases.at("2027-03-31T23:30:00");
        long c = fixtures.submit(station);
        assertThat(holder(c)).isEqualTo(d2);
        cases.at("2027-04-01T01:00:00");
        accept(d2, c);
        cases.at("2027-04-01T02:00:00");
        respond(d2, c);
        cases.at("2027-04-01T02:30:00");
        cases.rate(c, Rating.UNSATISFIED);

        cases.at("2027-04-01T09:00:00");
        long d = fixtures.submit(station);
        cases.at("2027-04-01T09:10:00");
        cases.withdraw(d);

        cases.at("2027-04-01T17:00:00");
        accept(d1, b);
        cases.at("2027-04-01T20:00:00");
        respond(d2, c);
        cases.at("2027-04-02T10:00:00");
        admin().body(Map.of("note", "请加快办理，逾期将通报")).post("/api/admin/cases/{id}/supervise", b).then().statusCode(200);
        cases.at("2027-04-02T11:00:00");
        admin().body(Map.of("note", "请今日内联系群众")).post("/api/admin/cases/{id}/urge", b).then().statusCode(200);

        cases.at("2027-04-11T12:00:00");
        cases.sweep();
        assertThat(fixtures.row("select status, closed_as from resident_case where id = ?", c))
                .containsEntry("status", "CLOSED").containsEntry("closed_as", "UNRATED");
        assertThat(fixtures.row("select overdue from resident_case where id = ?", b)).containsEntry("overdue", true);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void monthsAreCutAtLocalMidnightAndEveryFigureIsAsComputedByHand() {
        JsonPath stats = statsOfRegion("groupBy", "month");
        assertThat(stats.getList("rows")).hasSize(2);
        assertThat(stats.getString("zone")).isEqualTo("Asia/Shanghai");

        Map<String, Object> march = stats.getMap("rows[0].figures");
        assertThat(stats.getString("rows[0].group.month")).isEqualTo("2027-03-01");
        assertThat(march).containsEntry("received", 3).containsEntry("accepted", 1).containsEntry("responded", 1)
                .containsEntry("closed", 1).containsEntry("withdrawn", 0).containsEntry("reopened", 0)
                .containsEntry("openNow", null).containsEntry("overdueNow", null);
        assertThat(stats.getMap("rows[0].figures.acceptance")).containsEntry("onTime", 1).containsEntry("decided", 1)
                .containsEntry("rate", 1.0f);
        assertThat(stats.getMap("rows[0].figures.timeToAccept")).containsEntry("cases", 1)
                .containsEntry("medianHours", 3.0f).containsEntry("p90Hours", 3.0f).containsEntry("meanHours", 2.5f);
        assertThat(stats.getMap("rows[0].figures.timeToFirstResponse")).containsEntry("medianHours", 6.0f)
                .containsEntry("meanHours", 5.0f);
        assertThat(stats.getMap("rows[0].figures.ratings")).containsEntry("satisfied", 1).containsEntry("rated", 1)
                .containsEntry("satisfactionRate", 1.0f);

        assertThat(stats.getString("rows[1].group.month")).isEqualTo("2027-04-01");
        assertThat(stats.getMap("rows[1].figures")).containsEntry("received", 1).containsEntry("accepted", 2)
                .containsEntry("responded", 1).containsEntry("closed", 1).containsEntry("withdrawn", 1)
                .containsEntry("rejected", 0).containsEntry("referred", 0).containsEntry("reopened", 1)
                .containsEntry("supervised", 1).containsEntry("urged", 1).containsEntry("wentOverdue", 1);
        // C on time (1.5 h), B late (31 h): 1 of 2
        assertThat(stats.getMap("rows[1].figures.acceptance")).containsEntry("onTime", 1).containsEntry("decided", 2)
                .containsEntry("rate", 0.5f);
        // C answered on time; B still open but past its deadline counts in the denominator
        assertThat(stats.getMap("rows[1].figures.resolution")).containsEntry("onTime", 1).containsEntry("decided", 2)
                .containsEntry("rate", 0.5f);
        // 1.5 h in [1, 2) and 31 h in [30, 36): median is the 1st value's bucket, p90 the 2nd's
        assertThat(stats.getMap("rows[1].figures.timeToAccept")).containsEntry("cases", 2)
                .containsEntry("medianHours", 2.0f).containsEntry("p90Hours", 36.0f).containsEntry("meanHours", 16.25f);
        // C's second answer is not a first response
        assertThat(stats.getMap("rows[1].figures.timeToFirstResponse")).containsEntry("cases", 1)
                .containsEntry("medianHours", 3.0f);
        // unrated shown, and outside the satisfaction denominator
        assertThat(stats.getMap("rows[1].figures.ratings")).containsEntry("unrated", 1).containsEntry("rated", 0)
                .containsEntry("satisfactionRate", null);

        assertThat(stats.getMap("total")).containsEntry("received", 4).containsEntry("accepted", 3)
                .containsEntry("closed", 2).containsEntry("openNow", 1).containsEntry("overdueNow", 1);
        assertThat(stats.getMap("total.acceptance")).containsEntry("onTime", 2).containsEntry("decided", 3)
                .containsEntry("rate", 0.6667f);
        assertThat(stats.getMap("total.resolution")).containsEntry("onTime", 2).containsEntry("decided", 3);
        assertThat(stats.getMap("total.ratings")).containsEntry("satisfied", 1).containsEntry("unrated", 1)
                .containsEntry("rated", 1).containsEntry("satisfactionRate", 1.0f);
    }

    @Test
    void daysAreLocalDaysNotUtcDays() {
        JsonPath stats = stats("groupBy", "day", "from", "2027-03-31", "to", "2027-04-01", "region", region);
        assertThat(stats.getList("rows.group.day")).containsExactly("2027-03-31", "2027-04-01");
        assertThat(stats.getList("rows.figures.received")).containsExactly(3, 1);
        assertThat(stats.getList("rows.figures.accepted")).containsExactly(1, 2);

        JsonPath lastOfMarch = stats("from", "2027-03-31", "to", "2027-03-31", "region", region);
        assertThat(lastOfMarch.getInt("total.received")).isEqualTo(3);
        assertThat(lastOfMarch.getList("rows")).isEmpty();
    }

    @Test
    void aHomeRollsUpItsStationOnlyWhenAsked() {
        JsonPath flat = statsOfRegion("groupBy", "venue");
        assertThat(flat.getList("rows.group.venue")).containsExactly(String.valueOf(home), String.valueOf(station));
        assertThat(flat.getList("rows.figures.received")).containsExactly(2, 2);
        assertThat(flat.getList("rows.figures.openNow")).containsExactly(1, 0);

        JsonPath rolled = statsOfRegion("groupBy", "venue", "rollup", "true");
        assertThat(rolled.getList("rows.figures.received")).containsExactly(4, 2);
        assertThat(rolled.getList("rows.figures.withdrawn")).containsExactly(1, 1);
        assertThat(rolled.getList("rows.labels.venue")).doesNotContainNull();
        assertThat(rolled.getInt("total.received")).isEqualTo(4);

        JsonPath stationOnly = stats("from", "2027-03-01", "to", "2027-04-30", "venue", String.valueOf(station));
        assertThat(stationOnly.getInt("total.received")).isEqualTo(2);
    }

    @Test
    void twoDimensionsAtOnceAndDeputyFilters() {
        JsonPath byDeputy = statsOfRegion("groupBy", "month,deputy");
        assertThat(byDeputy.getList("rows.group.month")).containsExactly("2027-03-01", "2027-03-01", "2027-04-01", "2027-04-01");
        List<Map<String, Object>> rows = byDeputy.getList("rows");
        Map<String, Object> aprilD1 = rows.stream().filter(r -> ((Map<?, ?>) r.get("group")).get("month").equals("2027-04-01")
                && ((Map<?, ?>) r.get("group")).get("deputy").equals(String.valueOf(d1))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) aprilD1.get("figures")).containsEntry("accepted", 1).containsEntry("supervised", 1)
                .containsEntry("wentOverdue", 1);

        JsonPath ofD2 = statsOfRegion("deputy", String.valueOf(d2), "groupBy", "region");
        assertThat(ofD2.getList("rows.group.region")).containsExactly(region);
        assertThat(ofD2.getInt("total.received")).isEqualTo(2);
        assertThat(ofD2.getInt("total.reopened")).isEqualTo(1);
        assertThat(ofD2.getInt("total.openNow")).isZero();
    }

    private long holder(long caseId) {
        return fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", caseId);
    }

    private static void accept(long deputyId, long caseId) {
        deputy(deputyId).post("/api/deputy/cases/{id}/accept", caseId).then().statusCode(200);
    }

    private static void respond(long deputyId, long caseId) {
        deputy(deputyId).body(Map.of("reply", "已协调解决")).post("/api/deputy/cases/{id}/respond", caseId).then().statusCode(200);
    }

    private JsonPath statsOfRegion(String... parameters) {
        String[] all = new String[parameters.length + 6];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        System.arraycopy(new String[]{"region", region, "from", "2027-03-01", "to", "2027-04-30"}, 0, all, parameters.length, 6);
        return stats(all);
    }

    static JsonPath stats(String... parameters) {
        var request = admin();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/admin/stats").then().statusCode(200).extract().jsonPath();
    }
}
