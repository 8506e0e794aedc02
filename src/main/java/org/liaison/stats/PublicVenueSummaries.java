package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A venue's public record from the rollups; shared by the API and the venue page. */
@ApplicationScoped
public class PublicVenueSummaries {

    private final StatsService stats;
    private final ZoneId zone;
    private final Clock clock;

    PublicVenueSummaries(StatsService stats, LiaisonConfig config, Clock clock) {
        this.stats = stats;
        this.zone = config.zone();
        this.clock = clock;
    }

    public Uni<PublicVenueSummary> of(long venueId) {
        StatsFilter filter = SummaryPeriod.lastTwelveMonths(LocalDate.now(clock.withZone(zone)), venueId, null);
        return stats.total(filter).map(f -> new PublicVenueSummary(filter.from(), filter.to(), f.received(), f.closed(),
                f.ratings().satisfactionRate(), f.ratings().rated()));
    }
}
