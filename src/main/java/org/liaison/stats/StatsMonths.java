package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Closes past months: sums a month's stats_daily rows and buckets per venue (and per category, deputy and
 * department: MonthlyTable) and marks it closed, in one transaction, so a question sees a month either by its days or by its sum, never both. A month closes
 * {@link #GRACE} after it ended: no case transaction lasts that long, so none can still add to its last day. Any
 * instance may run it; the mark's primary key lets one of two racing instances do the work.
 */
@ApplicationScoped
public class StatsMonths {

    /** How long after a month's end it is closed. */
    static final Duration GRACE = Duration.ofHours(1);

    private static final String MEASURES = String.join(", ", java.util.Arrays.stream(Measure.values()).map(Measure::column).toList());
    private static final String SUMS = String.join(", ", java.util.Arrays.stream(Measure.values()).map(m -> "sum(" + m.column() + ")").toList());

    /** The month after the newest closed one; with none closed, the month of the oldest rollup row. */
    private static final String NEXT = "select coalesce((select (max(month) + interval '1 month')::date from stats_month_closed),"
            + " (select date_trunc('month', min(day))::date from stats_daily))";
    private static final String MARK = "insert into stats_month_closed (month, closed_at) values (:month, :now)"
            + " on conflict (month) do nothing";

    /** The sums of the closed months among [from, until), one row per month and key. */
    static String rows(MonthlyTable month) {
        return "insert into " + month.table() + " (day, " + month.key() + ", " + MEASURES + ") select date_trunc('month', day)::date, "
                + month.key() + ", " + SUMS + " from stats_daily where day >= :from and day < :until"
                + " and date_trunc('month', day)::date in (select month from stats_month_closed) group by 1, " + month.key();
    }

    /** The closed months' buckets, summed per month and key into its dense array (a zero for an empty bucket). */
    static String buckets(MonthlyTable month) {
        String key = month.key();
        return "with h as (select date_trunc('month', day)::date as day, " + key + ", "
                + StatsHistogram.slot("measure", "bucket") + " as slot, sum(cases)::int as cases from stats_daily_histogram"
                + " where day >= :from and day < :until and date_trunc('month', day)::date in (select month from stats_month_closed)"
                + " group by 1, 2, 3) insert into " + month.table() + " (day, " + key + ", buckets)"
                + " select k.day, k." + key + ", array_agg(coalesce(h.cases, 0) order by i.slot)"
                + " from (select distinct day, " + key + " from h) k cross join generate_series(1, " + StatsHistogram.SLOTS + ") i(slot)"
                + " left join h on h.day = k.day and h." + key + " = k." + key + " and h.slot = i.slot group by 1, 2"
                + " on conflict (day, " + key + ") do update set buckets = excluded.buckets";
    }

    private final Clock clock;
    private final ZoneId zone;
    private final OpenMonths open;

    StatsMonths(Clock clock, LiaisonConfig config, OpenMonths open) {
        this.clock = clock;
        this.zone = config.zone();
        this.open = open;
    }

    /** The first day of the newest month that may be closed now (months before it may close; it may not). */
    LocalDate closableBefore() {
        return closableBefore(clock.instant(), zone);
    }

    static LocalDate closableBefore(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now.minus(GRACE), zone).withDayOfMonth(1);
    }

    /** Closes every month that is due, oldest first; answers how many it closed. */
    public Uni<Integer> closeDue() {
        return closeNext(0);
    }

    private Uni<Integer> closeNext(int closed) {
        LocalDate before = closableBefore();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery(NEXT, LocalDate.class).getSingleResultOrNull()
                .flatMap(month -> month == null || !month.isBefore(before) ? Uni.createFrom().item(false)
                        : close(session, month))))
                .flatMap(didClose -> didClose ? closeNext(closed + 1) : Uni.createFrom().item(closed));
    }

    private Uni<Boolean> close(Mutiny.Session session, LocalDate month) {
        open.closing(month); // before the mark: from now on this instance writes the month's events with its sums
        return session.createNativeQuery(MARK).setParameter("month", month).setParameter("now", clock.instant())
                .executeUpdate()
                .flatMap(marked -> marked == 0 ? Uni.createFrom().item(true)
                        : sum(session, month, month.plusMonths(1)).invoke(rows ->
                                Log.infof("Statistics: month %s closed (%d monthly rows)", month, rows)).replaceWith(true));
    }

    /** Writes the sums of the closed months among the days [from, until), into every MonthlyTable; answers the venue rows. */
    static Uni<Integer> sum(Mutiny.Session session, LocalDate from, LocalDate until) {
        Uni<Integer> venueRows = statement(session, rows(MonthlyTable.VENUE), from, until);
        for (MonthlyTable month : MonthlyTable.values()) {
            venueRows = venueRows.call(() -> month == MonthlyTable.VENUE ? Uni.createFrom().voidItem()
                    : statement(session, rows(month), from, until)).call(() -> statement(session, buckets(month), from, until));
        }
        return venueRows;
    }

    private static Uni<Integer> statement(Mutiny.Session session, String sql, LocalDate from, LocalDate until) {
        return session.createNativeQuery(sql).setParameter("from", from).setParameter("until", until).executeUpdate();
    }
}
