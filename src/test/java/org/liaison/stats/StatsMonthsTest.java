package org.liaison.stats;

import javax.sql.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Closed months: a month an hour past its end is summed per venue into stats_monthly_venue (and per category, deputy and
 * department), questions over whole months read the sums and answer exactly what the days said (a period cutting a month reads that month's days), a late event still reaches the closed month, and the rebuild gives
 * the same sums. Cases of January and February 2029 at a venue of their own.
 */
@QuarkusTest
class StatsMonthsTest {

    private static final String MONTH_SUMS = "select day, sum(received) received, sum(accepted) accepted, sum(closed) closed,"
            + " sum(satisfied) satisfied, sum(accept_seconds) accept_seconds from %s where venue_id = ? and day >= date '2029-01-01'"
            + " and day < date '2029-03-01' group by 1 order by 1";

    private static final String DIMENSION_SUMS = "select day, %1$s, received, accepted, closed, satisfied, accept_seconds"
            + " from %2$s where day in (date '2029-01-01', date '2029-02-01') order by 1, 2";
    private static final String DIMENSION_DAY_SUMS = "select date_trunc('month', day)::date, %1$s, sum(received), sum(accepted),"
            + " sum(closed), sum(satisfied), sum(accept_seconds) from stats_daily where day >= date '2029-01-01'"
            + " and day < date '2029-03-01' group by 1, 2 order by 1, 2";
    private static final String DIMENSION_BUCKETS = "select m.day, m.%1$s, (i.i - 1) / 30 + 1, (i.i - 1) %% 30, m.buckets[i.i]::bigint"
            + " from %2$s m cross join generate_series(1, 60) i(i) where m.day in (date '2029-01-01', date '2029-02-01')"
            + " and m.buckets[i.i] > 0 order by 1, 2, 3, 4";
    private static final String DIMENSION_DAY_BUCKETS = "select date_trunc('month', day)::date, %1$s, measure::int, bucket::int,"
            + " sum(cases)::bigint from stats_daily_histogram where day >= date '2029-01-01' and day < date '2029-03-01'"
            + " group by 1, 2, 3, 4 order by 1, 2, 3, 4";

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    StatsMonths months;

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void wholeMonthsAreReadFromTheirSumsWithTheSameAnswersAndStayWholeAfterALateEventAndARebuild() {
        long d = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(d);
        cases.at("2029-01-10T10:00:00");
        long a = fixtures.submit(venue);
        long late = fixtures.submit(venue);
        cases.at("2029-01-10T12:00:00");
        accept(d, a);
        deputy(d).body(Map.of("reply", "已处理")).post("/api/deputy/cases/{id}/respond", a).then().statusCode(200);
        cases.rate(a, Rating.SATISFIED);
        cases.at("2029-02-03T10:00:00");
        fixtures.submit(venue);

        // half an hour after January ended it is not closed yet
        cases.at("2029-02-01T00:30:00");
        close();
        assertThat(fixtures.queryLong("select count(*) from stats_month_closed where month = date '2029-01-01'")).isZero();

        // the answers from the days (open now and overdue now are live, so read at the same time)
        cases.at("2029-03-01T01:30:00");
        Map<String, Object> byMonth = figures("groupBy", "month", "venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-02-28");
        Map<String, Object> byVenue = figures("groupBy", "venue", "venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-02-28");
        Map<String, Object> partOfJanuary = figures("venue", String.valueOf(venue), "from", "2029-01-05", "to", "2029-02-28");
        Map<String, Map<String, Object>> byDimension = byDimension(d);
        close();
        assertThat(fixtures.queryLong("select count(*) from stats_month_closed where month in (date '2029-01-01', date '2029-02-01')"))
                .isEqualTo(2);
        assertThat(fixtures.queryLong("select count(*) from stats_monthly_venue where venue_id = ?", venue)).isPositive();
        assertThat(sums("stats_monthly_venue", venue)).isEqualTo(sums("stats_daily", venue));

        assertThat(figures("groupBy", "month", "venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-02-28")).isEqualTo(byMonth);
        assertThat(figures("groupBy", "venue", "venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-02-28")).isEqualTo(byVenue);
        assertThat(figures("venue", String.valueOf(venue), "from", "2029-01-05", "to", "2029-02-28")).isEqualTo(partOfJanuary);
        assertThat(byDimension(d)).as("from the category, deputy and department months").isEqualTo(byDimension);
        assertMonthsFollowTheirDays();
        assertThat(StatsFiguresTest.stats("groupBy", "month", "venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-02-28")
                .getInt("rows[0].figures.received")).isEqualTo(2);

        // a case accepted on a day of the closed January (a clock set back): the month's sum follows its day
        cases.at("2029-01-20T10:00:00");
        accept(d, late);
        assertThat(sums("stats_monthly_venue", venue)).isEqualTo(sums("stats_daily", venue));
        assertThat(StatsFiguresTest.stats("venue", String.valueOf(venue), "from", "2029-01-01", "to", "2029-01-31")
                .getInt("total.accepted")).isEqualTo(2);

        assertMonthsFollowTheirDays();
        assertThat(figures("groupBy", "deputy", "deputy", String.valueOf(d), "from", "2029-01-01", "to", "2029-02-28"))
                .as("the deputy's months against its days (a venue in the question reads days)")
                .isEqualTo(figures("groupBy", "deputy", "deputy", String.valueOf(d), "venue", String.valueOf(venue),
                        "from", "2029-01-01", "to", "2029-02-28"));

        List<List<Object>> monthly = sums("stats_monthly_venue", venue);
        admin().post("/api/admin/stats/rebuild").then().statusCode(200);
        assertThat(sums("stats_monthly_venue", venue)).isEqualTo(monthly);
        assertMonthsFollowTheirDays();
    }

    /** Questions about one category, deputy or department alone, over January and February 2029. */
    private static Map<String, Map<String, Object>> byDimension(long deputyId) {
        String deputy = String.valueOf(deputyId);
        return Map.of("byCategory", figures("groupBy", "category", "from", "2029-01-01", "to", "2029-02-28"),
                "byDepartment", figures("groupBy", "department", "from", "2029-01-01", "to", "2029-02-28"),
                "byDeputy", figures("groupBy", "deputy", "from", "2029-01-01", "to", "2029-02-28"),
                "deputyByMonth", figures("groupBy", "month", "deputy", deputy, "from", "2029-01-01", "to", "2029-02-28"),
                "deputyTotal", figures("deputy", deputy, "from", "2029-01-01", "to", "2029-02-28"));
    }

    /** Each table's closed January and February hold the sums and buckets (arrays) of their days. */
    private void assertMonthsFollowTheirDays() {
        for (String key : List.of("venue_id", "category_id", "deputy_id", "department_id")) {
            String table = "stats_monthly_" + key.replace("_id", "");
            assertThat(list(DIMENSION_SUMS.formatted(key, table))).as(table).isNotEmpty()
                    .isEqualTo(list(DIMENSION_DAY_SUMS.formatted(key)));
            assertThat(list(DIMENSION_BUCKETS.formatted(key, table))).as(table + " buckets").isNotEmpty()
                    .isEqualTo(list(DIMENSION_DAY_BUCKETS.formatted(key)));
        }
    }

    private void close() {
        try {
            VertxContextSupport.subscribeAndAwait(months::closeDue);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void accept(long deputyId, long caseId) {
        deputy(deputyId).post("/api/deputy/cases/{id}/accept", caseId).then().statusCode(200);
    }

    private static Map<String, Object> figures(String... parameters) {
        return StatsFiguresTest.stats(parameters).getMap("$");
    }

    /** The venue's figures per month, summed from the table's rows. */
    private List<List<Object>> sums(String table, long venue) {
        String source = table.equals("stats_daily") ? "(select date_trunc('month', day)::date as day, venue_id, received,"
                + " accepted, closed, satisfied, accept_seconds from stats_daily) d" : table;
        return list(MONTH_SUMS.formatted(source), venue);
    }

    /** The rows of a query (with its parameters), each value as text. */
    private List<List<Object>> list(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.add(String.valueOf(result.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
