package org.liaison.caseflow.deadlines;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the deadline sweep every liaison.caseflow.sweep-every (CASE_SWEEP_EVERY; "off" disables it, as the
 * tests do to drive {@link DeadlineSweep#run()} themselves). Each instance runs it; SKIP LOCKED shares the work.
 */
@ApplicationScoped
public class SweepJob {

    private final DeadlineSweep sweep;

    SweepJob(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(identity = "deadline-sweep", every = "{liaison.caseflow.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweep.run().replaceWithVoid();
    }
}
