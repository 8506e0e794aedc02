package org.liaison.notification.webpush;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/** The push_subscription table: one row per browser that asked to hear about a case. */
@ApplicationScoped
public class PushSubscriptions {

    /** One stored subscription, as the channel needs it. */
    public record Subscription(long id, long caseId, String endpoint, String p256dh, String auth) {
    }

    /** What adding did. */
    public enum Added { CREATED, RENEWED, FULL }

    private final Pool pool;

    PushSubscriptions(Pool pool) {
        this.pool = pool;
    }

    /**
     * Stores the subscription, or renews the keys of the same endpoint; FULL when the case already holds {@code max}
     * others. The case's advisory lock makes count and insert one step across instances.
     */
    public Uni<Added> add(long caseId, String endpoint, String p256dh, String auth, int max, Instant now) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select pg_advisory_xact_lock(hashtextextended('push_subscription', $1))")
                .execute(Tuple.of(caseId))
                .chain(() -> connection.preparedQuery("update push_subscription set p256dh = $3, auth = $4"
                        + " where case_id = $1 and endpoint = $2").execute(Tuple.of(caseId, endpoint, p256dh, auth)))
                .chain(renewed -> renewed.rowCount() == 1 ? Uni.createFrom().item(Added.RENEWED)
                        : connection.preparedQuery("insert into push_subscription (case_id, endpoint, p256dh, auth, created_at)"
                                        + " select $1, $2, $3, $4, $5 where (select count(*) from push_subscription"
                                        + " where case_id = $1) < $6")
                                .execute(Tuple.of(caseId, endpoint, p256dh, auth, now.atOffset(ZoneOffset.UTC), max))
                                .map(inserted -> inserted.rowCount() == 1 ? Added.CREATED : Added.FULL)));
    }

    /** True when the case held a subscription to the endpoint. */
    public Uni<Boolean> remove(long caseId, String endpoint) {
        return pool.preparedQuery("delete from push_subscription where case_id = $1 and endpoint = $2")
                .execute(Tuple.of(caseId, endpoint)).map(rows -> rows.rowCount() > 0);
    }

    /** The subscription, or null when it was removed. */
    public Uni<Subscription> find(long id) {
        return pool.preparedQuery("select id, case_id, endpoint, p256dh, auth from push_subscription where id = $1")
                .execute(Tuple.of(id)).map(rows -> rows.iterator().hasNext() ? of(rows.iterator().next()) : null);
    }

    /** The push service said it is gone (404/410). */
    public Uni<Void> delete(long id) {
        return pool.preparedQuery("delete from push_subscription where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Subscriptions of scrubbed cases removed (the retention scrub's part in the outbox cleanup). */
    public Uni<Integer> deleteScrubbed() {
        return pool.query("delete from push_subscription p using resident_case c where c.id = p.case_id"
                + " and c.scrubbed_at is not null").execute().map(RowSet::rowCount);
    }

    private static Subscription of(Row row) {
        return new Subscription(row.getLong("id"), row.getLong("case_id"), row.getString("endpoint"),
                row.getString("p256dh"), row.getString("auth"));
    }
}
