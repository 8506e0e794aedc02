package org.liaison.stats;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Closes the months that are due every liaison.stats.close-months-every ("off" in tests, which call it themselves). */
@ApplicationScoped
public class StatsMonthsJob {

    private final StatsMonths months;

    StatsMonthsJob(StatsMonths months) {
        this.months = months;
    }

    @Scheduled(identity = "stats-close-months", every = "{liaison.stats.close-months-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> close() {
        return months.closeDue().replaceWithVoid();
    }
}
