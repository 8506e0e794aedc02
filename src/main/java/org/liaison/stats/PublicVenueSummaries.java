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

    private static final String SQL = "with recursive venue_set(id) as ("
            + " select owner_id from public_code where code = :code and owner_kind = 'VENUE'"
            + " union all select child.id from venue child join venue_set t on child.parent_id = t.id)"
            + " select coalesce(sum(s.received), 0)::bigint, coalesce(sum(s.closed), 0)::bigint,"
            + " coalesce(sum(s.satisfied + s.basically_satisfied), 0)::bigint, coalesce(sum(s.unsatisfied), 0)::bigint"
            + " from stats_daily s where s.venue_id in (select id from venue_set) and s.day between :from and :to";

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
