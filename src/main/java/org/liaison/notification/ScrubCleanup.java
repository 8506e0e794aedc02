package org.liaison.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.webpush.PushSubscriptions;

/**
 * The retention scrub reaches the outbox: the deadline sweep clears a closed case's personal data (it sets
 * resident_case.scrubbed_at and publishes no event), and this cleanup, every liaison.notify.cleanup-every on each
 * instance, then clears the phone numbers and their digests from that case's messages and cancels any still waiting.
 */
@ApplicationScoped
public class ScrubCleanup {

    private final Pool pool;
    private final PushSubscriptions subscriptions;

    ScrubCleanup(Pool pool, PushSubscriptions subscriptions) {
        this.pool = pool;
        this.subscriptions = subscriptions;
    }

    @Scheduled(identity = "notification-scrub", every = "{liaison.notify.cleanup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Messages cleared. */
    public Uni<Integer> run() {
        return pool.query("update notification n set phone_enc = null, phone_digest = null,"
                        + " last_error = case when n.state = 'PENDING' then 'case scrubbed' else n.last_error end,"
                        + " state = case when n.state = 'PENDING' then 'CANCELLED' else n.state end"
                        + " from resident_case c where c.id = n.case_id and c.scrubbed_at is not null"
                        + " and (n.phone_enc is not null or n.phone_digest is not null or n.state = 'PENDING')")
                .execute().map(rows -> rows.rowCount())
                .call(subscriptions::deleteScrubbed);
    }
}
