package org.liaison.common.limit;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Makes the limits that must hold for the whole deployment (login throttling, submissions, streams per address)
 * and keeps their tables tidy: this instance's leases are renewed while it lives, ended windows and dead leases
 * are purged.
 */
@ApplicationScoped
public class SharedLimits {

    private final CounterTable counters;
    private final LeaseTable leases;
    private final LimitsConfig config;
    private final Clock clock;
    private final Vertx vertx;
    /** This instance, as the holder of its leases. */
    private final UUID holder = UUID.randomUUID();
    private long timer = -1;

    SharedLimits(CounterTable counters, LeaseTable leases, LimitsConfig config, Clock clock, Vertx vertx) {
        this.counters = counters;
        this.leases = leases;
        this.config = config;
        this.clock = clock;
        this.vertx = vertx;
    }

    /** At most {@code limit} attempts per key and window; scope names the limit in the table. */
    public RateLimit rate(String scope, int limit, Duration window) {
        return rate(scope, limit, window, clock);
    }

    /** The same on a clock of its own (tests move it). */
    public RateLimit rate(String scope, int limit, Duration window, Clock clock) {
        return new RateLimit(scope, limit, window, counters, new RecentBlocks(config.memoryEntries()), clock);
    }

    /** At most {@code limit} held at once per key, across instances. */
    public LeaseLimit leases(String scope, int limit) {
        return new LeaseLimit(scope, limit, leases, holder, config.leaseTtl());
    }

    /** The same as another instance would hold them, whose leases nobody renews (tests play a second instance). */
    public LeaseLimit leasesOfAnotherInstance(String scope, int limit, Duration ttl) {
        return new LeaseLimit(scope, limit, leases, UUID.randomUUID(), ttl);
    }

    void start(@Observes StartupEvent event) {
        long every = Math.max(1000, config.leaseTtl().toMillis() / 3);
        timer = vertx.setPeriodic(every, tick -> upkeep());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void upkeep() {
        var now = clock.instant();
        leases.renew(holder, config.leaseTtl())
                .chain(leases::purge)
                .chain(() -> counters.purge(now))
                .subscribe().with(purged -> { }, failure -> Log.debugf("Limit upkeep skipped: %s", failure.getMessage()));
    }
}
