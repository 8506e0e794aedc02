package org.liaison.stats;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which months are certainly still open, so a rollup write for one of them can leave out the closed-month sums
 * (MonthlyTable): those inserts do nothing for an open month but were planned and run with every event, inside a
 * busy venue's lock window (bench/README.md, rollups on / off). A month is certainly open when it is after the
 * newest closed month this instance knows of and the clock says it may not close yet ({@link StatsMonths#closableBefore(java.time.Instant, ZoneId)}:
 * no instance closes a month before an hour after its end). The newest closed month is read at start and every
 * {@link #REFRESH}, and taken at once when this instance closes months; until the first read nothing counts as
 * open. Anything not certainly open is written as before, with the monthly sums guarded in the same statement.
 * It assumes the instances' clocks agree within that hour: an instance running more than an hour ahead could close
 * a month while another still writes its days, which would then miss the month's sums for up to {@link #REFRESH}
 * (the rebuild recomputes them).
 */
@ApplicationScoped
public class OpenMonths {

    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final String NEWEST = "select max(month) from stats_month_closed";

    private final Pool pool;
    private final Vertx vertx;
    private final Clock clock;
    private final ZoneId zone;
    /** The newest month known to be closed; MAX until the first read (nothing certainly open), MIN for none. */
    private volatile LocalDate newestClosed = LocalDate.MAX;
    private long timer = -1;

    OpenMonths(Pool pool, Vertx vertx, Clock clock, LiaisonConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.clock = clock;
        this.zone = config.zone();
    }

    void start(@Observes StartupEvent started) {
        refresh();
        timer = vertx.setPeriodic(REFRESH.toMillis(), tick -> refresh());
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** True when {@code day}'s month can be written without its closed-month sums. */
    public boolean certainlyOpen(LocalDate day) {
        return certainlyOpen(day, newestClosed, StatsMonths.closableBefore(clock.instant(), zone));
    }

    static boolean certainlyOpen(LocalDate day, LocalDate newestClosed, LocalDate closableBefore) {
        LocalDate month = day.withDayOfMonth(1);
        return month.isAfter(newestClosed) && !month.isBefore(closableBefore);
    }

    /** This instance is about to close {@code month} (or every past month, for a rebuild): count it closed now. */
    void closing(LocalDate month) {
        advance(month);
    }

    /**
     * Reads the newest closed month again; it only ever moves forward (months never reopen), so a read that started
     * before this instance's own close cannot take it back. A failed read keeps what was known.
     */
    void refresh() {
        pool.query(NEWEST).execute().subscribe().with(rows -> {
            LocalDate read = rows.iterator().next().getLocalDate(0);
            advance(read == null ? LocalDate.MIN : read);
        }, failure -> Log.debugf("Closed months not read (%s); keeping what was known", failure.getMessage()));
    }

    /** Takes {@code month} as the newest closed one unless a newer one is known (the first value always counts). */
    private synchronized void advance(LocalDate month) {
        if (newestClosed.equals(LocalDate.MAX) || month.isAfter(newestClosed)) {
            newestClosed = month;
        }
    }
}
