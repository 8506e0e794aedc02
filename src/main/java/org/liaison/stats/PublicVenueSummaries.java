package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A venue's public record, shared by the API and the venue page (the hottest public page): one query over the
 * rollups of the venue and every venue under it, kept per code for a short while (publicRecordCache).
 */
@ApplicationScoped
public class PublicVenueSummaries {

    /** More live codes than any city has venues; past it the cache starts over rather than grow. */
    private static final int MAX_ENTRIES = 20_000;

    /**
     * Closed months (a contiguous run, StatsMonths closes them in order) from their venue sums, the days after them
     * from stats_daily; a month is read from its sum only when it lies wholly in the period (before :wholeUntil).
     */
    private static final String SQL = "with recursive venue_set(id) as ("
            + " select owner_id from public_code where code = :code and owner_kind = 'VENUE'"
            + " union all select child.id from venue child join venue_set t on child.parent_id = t.id),"
            + " edge as (select least(coalesce((select (max(month) + interval '1 month')::date from stats_month_closed),"
            + " :from), :wholeUntil) as days_from)"
            + " select coalesce(sum(s.received), 0)::bigint, coalesce(sum(s.closed), 0)::bigint,"
            + " coalesce(sum(s.satisfied + s.basically_satisfied), 0)::bigint, coalesce(sum(s.unsatisfied), 0)::bigint"
            + " from (select m.received, m.closed, m.satisfied, m.basically_satisfied, m.unsatisfied"
            + " from stats_monthly_venue m, edge where m.venue_id in (select id from venue_set) and m.day >= :from"
            + " and m.day < edge.days_from"
            + " union all select d.received, d.closed, d.satisfied, d.basically_satisfied, d.unsatisfied"
            + " from stats_daily d, edge where d.venue_id in (select id from venue_set) and d.day between :from and :to"
            + " and d.day >= edge.days_from) s";

    private record Cached(Instant until, PublicVenueSummary summary) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ZoneId zone;
    private final Clock clock;
    private final Duration lifetime;

    PublicVenueSummaries(LiaisonConfig config, StatsConfig stats, Clock clock) {
        this.zone = config.zone();
        this.clock = clock;
        this.lifetime = stats.publicRecordCache();
    }

    /** The record of the venue behind this live venue code (normalised, as PublicCodeService resolves it). */
    public Uni<PublicVenueSummary> ofLiveCode(String code) {
        Instant now = clock.instant();
        Cached cached = cache.get(code);
        // a clock set back (tests) counts as expired too
        if (cached != null && now.isBefore(cached.until()) && !now.isBefore(cached.until().minus(lifetime))) {
            return Uni.createFrom().item(cached.summary());
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = SummaryPeriod.firstDay(today);
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery(SQL, Object[].class)
                        .setParameter("code", code).setParameter("from", from).setParameter("to", today)
                        .setParameter("wholeUntil", today.plusDays(1).withDayOfMonth(1))
                        .getSingleResult()))
                .map(row -> summary(from, today, row))
                .invoke(summary -> remember(code, new Cached(now.plus(lifetime), summary)));
    }

    private void remember(String code, Cached entry) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(code, entry);
    }

    private static PublicVenueSummary summary(LocalDate from, LocalDate to, Object[] row) {
        long satisfiedOrBasically = ((Number) row[2]).longValue();
        long rated = satisfiedOrBasically + ((Number) row[3]).longValue();
        return new PublicVenueSummary(from, to, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                FigureSums.ratio(satisfiedOrBasically, rated), rated);
    }
}
