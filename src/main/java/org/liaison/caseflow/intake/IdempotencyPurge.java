package org.liaison.caseflow.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseFlowConfig;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes idempotency records past their lifetime with the deadline sweep's rhythm, in small batches so no
 * transaction runs long; several instances purging at once only share the work.
 */
@ApplicationScoped
public class IdempotencyPurge {

    static final int BATCH = 1000;
    static final int MAX_BATCHES = 50;

    private final IdempotencyRecords records;
    private final CaseFlowConfig config;
    private final Clock clock;

    IdempotencyPurge(IdempotencyRecords records, CaseFlowConfig config, Clock clock) {
        this.records = records;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "idempotency-purge", every = "{liaison.caseflow.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().replaceWithVoid();
    }

    /** Purges every expired record (up to a bound per run); returns how many went. */
    public Uni<Integer> purge() {
        Instant cutoff = clock.instant().minus(config.idempotencyLifetime());
        return batches(cutoff, MAX_BATCHES, 0).invoke(purged -> {
            if (purged > 0) {
                Log.infof("Purged %d expired idempotency records", purged);
            }
        });
    }

    private Uni<Integer> batches(Instant cutoff, int left, int done) {
        return Panache.withTransaction(() -> records.purge(cutoff, BATCH))
                .flatMap(n -> n == BATCH && left > 1 ? batches(cutoff, left - 1, done + n) : Uni.createFrom().item(done + n));
    }
}
