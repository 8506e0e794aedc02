package org.liaison.common.limit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The stream_lease table. A key has slots 0 .. limit-1 and a lease takes the lowest free (or expired) one in a
 * single statement; the primary key makes a second taker of the same slot wait and then find it taken, so no key
 * ever holds more than its limit. Expiry is the database's clock, the one clock all instances share.
 */
@ApplicationScoped
class LeaseTable {

    private static final String TAKE = """
            insert into stream_lease as l (scope, key, slot, holder, expires_at)
            select $1, $2, s, $3, now() + $4 * interval '1 millisecond' from generate_series(0, $5 - 1) as s
            where not exists (select 1 from stream_lease o
                              where o.scope = $1 and o.key = $2 and o.slot = s and o.expires_at > now())
            order by s limit 1
            on conflict (scope, key, slot) do update set holder = excluded.holder, expires_at = excluded.expires_at
                where l.expires_at <= now()
            returning slot""";

    private final Pool pool;

    LeaseTable(Pool pool) {
        this.pool = pool;
    }

    /** The slot taken, or empty when none was free at that moment. */
    Uni<Optional<Integer>> take(String scope, String key, int limit, UUID holder, Duration ttl) {
        return pool.preparedQuery(TAKE).execute(Tuple.of(scope, key, holder, ttl.toMillis(), limit))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getInteger(0)) : Optional.empty());
    }

    /** Live leases of the key, to tell "full" from "lost a race for the same slot". */
    Uni<Integer> held(String scope, String key) {
        return pool.preparedQuery("select count(*) from stream_lease where scope = $1 and key = $2 and expires_at > now()")
                .execute(Tuple.of(scope, key)).map(rows -> rows.iterator().next().getInteger(0));
    }

    Uni<Void> release(String scope, String key, int slot, UUID holder) {
        return pool.preparedQuery("delete from stream_lease where scope = $1 and key = $2 and slot = $3 and holder = $4")
                .execute(Tuple.of(scope, key, slot, holder)).replaceWithVoid();
    }

    /** Extends every lease of the holder: one statement per instance, however many streams it serves. */
    Uni<Integer> renew(UUID holder, Duration ttl) {
        return pool.preparedQuery("update stream_lease set expires_at = now() + $2 * interval '1 millisecond' where holder = $1")
                .execute(Tuple.of(holder, ttl.toMillis())).map(rows -> rows.rowCount());
    }

    Uni<Integer> purge() {
        return pool.preparedQuery("delete from stream_lease where expires_at <= now()").execute().map(rows -> rows.rowCount());
    }
}
