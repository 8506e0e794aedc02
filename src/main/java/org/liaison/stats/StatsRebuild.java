package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.liaison.common.LiaisonConfig;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Recomputes every rollup from case_event (with the case's venue, category and submission time from resident_case)
 * in one transaction: the same rules as {@link RollupDelta}, written as set-based SQL over window functions. Use
 * it after changing the rules or the zone, or to prove the live rollups right; the listener's rows lock meanwhile.
 */
@ApplicationScoped
public class StatsRebuild {

    /** One row per event with what the rules need: the event, its case, and flags over the case's earlier events. */
    private static final String EVENTS = "with ev as (select e.type, e.from_status, e.to_status,"
            + " (e.created_at at time zone :zone)::date as day, c.venue_id, c.category_id, c.closed_as,"
            + " coalesce(e.department_id, 0) as department_id,"
            + " coalesce(case when e.type = 'ESCALATE' then lag(e.deputy_id) over c_order else e.deputy_id end, 0) as deputy_id,"
            + " greatest(0, floor(extract(epoch from e.created_at - c.submitted_at)))::bigint as secs, k.accept_hours,"
            + " coalesce(bool_or(e.type = 'ACCEPT') over earlier, false) as prior_accept,"
            + " coalesce(bool_or(e.type = 'ESCALATE') over earlier, false) as prior_escalate,"
            + " coalesce(bool_or(e.type = 'MARK_OVERDUE') over earlier, false) as prior_overdue,"
            + " coalesce(bool_or(e.type = 'RESPOND') over earlier, false) as prior_respond"
            + " from case_event e join resident_case c on c.id = e.case_id join category k on k.id = c.category_id"
            + " window c_order as (partition by e.case_id order by e.id),"
            + " earlier as (partition by e.case_id order by e.id rows between unbounded preceding and 1 preceding)),"
            + " first_accept as (select *, type = 'ACCEPT' and not prior_accept as yes from ev),"
            + " d as (select *, type = 'RESPOND' and not prior_respond as first_response,"
            + " from_status <> to_status as moved from first_accept) ";

    private static final String KEY = "day, venue_id, category_id, deputy_id, department_id";

    /** Each measure's SQL over d, in {@link Measure} order. */
    private static final String[] SUMS = {
            "(from_status = 'SUBMITTED' and to_status <> 'SUBMITTED')::int",
            "yes::int",
            "first_response::int",
            "(moved and to_status = 'CLOSED')::int",
            "(moved and to_status = 'REJECTED')::int",
            "(moved and to_status = 'WITHDRAWN')::int",
            "(type = 'REFER')::int",
            "(type = 'RATE' and to_status = 'REOPENED')::int",
            "(type = 'SUPERVISE')::int",
            "(type = 'URGE')::int",
            "(type = 'MARK_OVERDUE')::int",
            "(yes and not prior_escalate or type = 'ESCALATE' and not prior_accept and not prior_escalate)::int",
            "(yes and not prior_escalate and secs <= accept_hours * 3600)::int",
            "(first_response and not prior_overdue or type = 'MARK_OVERDUE' and not prior_respond)::int",
            "(first_response and not prior_overdue)::int",
            "(moved and to_status = 'CLOSED' and closed_as = 'SATISFIED')::int",
            "(moved and to_status = 'CLOSED' and closed_as = 'BASICALLY_SATISFIED')::int",
            "(moved and to_status = 'CLOSED' and closed_as = 'UNSATISFIED')::int",
            "(moved and to_status = 'CLOSED' and coalesce(closed_as, 'UNRATED') in ('UNRATED', 'EXPIRED'))::int",
            "case when yes then secs else 0 end",
            "case when first_response then secs else 0 end"};

    private static final String MEASURES = Arrays.stream(Measure.values()).map(Measure::column)
            .collect(Collectors.joining(", "));

    /**
     * The grouped rows; a row whose every counter is 0 is left out, as the listener never writes one. Written in day
     * order, as the listener writes them, so a period's rows lie on few pages.
     */
    private static final String ROWS = "insert into stats_daily (" + KEY + ", " + MEASURES + ") select * from ("
            + "select " + KEY + ", " + Arrays.stream(SUMS).map(sum -> "sum(" + sum + ")").collect(Collectors.joining(", "))
            + " from d group by " + KEY + ") g(" + KEY + ", " + MEASURES + ") where "
            + Arrays.stream(Measure.values()).map(Measure::column).collect(Collectors.joining(" + ")) + " > 0 order by day";

    private static final String EDGES = Arrays.stream(StatsHistogram.EDGES).mapToObj(Double::toString)
            .collect(Collectors.joining(", ", "array[", "]::float8[]"));

    private static final String HISTOGRAMS = "insert into stats_daily_histogram (" + KEY + ", measure, bucket, cases)"
            + " select " + KEY + ", measure, (select count(*) from unnest(" + EDGES + ") edge where secs / 3600.0 >= edge),"
            + " count(*) from (select *, case when yes then " + StatsHistogram.TIME_TO_ACCEPT + " else "
            + StatsHistogram.TIME_TO_RESPONSE + " end as measure from d where yes or first_response) h"
            + " group by " + KEY + ", measure, 7 order by day";

    /** Both in one statement, so the events are read and ordered once. */
    private static final String REBUILD = EVENTS.stripTrailing() + ", histogram as (" + HISTOGRAMS + ") " + ROWS;

    private static final String MONTHLY = Arrays.stream(MonthlyTable.values()).map(MonthlyTable::table)
            .collect(Collectors.joining(", "));

    private final String zone;
    private final StatsMonths months;

    StatsRebuild(LiaisonConfig config, StatsMonths months) {
        this.months = months;
        if (SUMS.length != Measure.values().length) {
            throw new IllegalStateException("StatsRebuild.SUMS must list every Measure in order");
        }
        this.zone = config.zone().getId();
    }

    private static Uni<Integer> deleteMonths(Mutiny.Session session) {
        Uni<Integer> deleted = Uni.createFrom().item(0);
        for (MonthlyTable month : MonthlyTable.values()) {
            deleted = deleted.chain(() -> session.createNativeQuery("delete from " + month.table()).executeUpdate());
        }
        return deleted;
    }

    /**
     * Replaces every rollup row, the closed months' sums included, then closes the months that are due; answers
     * how many daily rows it wrote.
     */
    public Uni<Integer> rebuild() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("lock table stats_daily, stats_daily_histogram, " + MONTHLY
                        + ", stats_month_closed in exclusive mode").executeUpdate()
                .chain(() -> session.createNativeQuery("delete from stats_daily").executeUpdate())
                .chain(() -> session.createNativeQuery("delete from stats_daily_histogram").executeUpdate())
                .chain(() -> deleteMonths(session))
                .chain(() -> session.createNativeQuery(REBUILD).setParameter("zone", zone).executeUpdate())
                .call(rows -> StatsMonths.sum(session, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))))
                .call(months::closeDue)
                .invoke(rows -> Log.infof("Statistics rebuilt: %d rollup rows", rows));
    }
}
