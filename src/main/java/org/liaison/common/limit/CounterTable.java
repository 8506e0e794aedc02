package org.liaison.common.limit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The rate_counter table: every change is one statement, so concurrent instances never lose a count. */
@ApplicationScoped
class CounterTable {

    /** The count of a key in its current window, after this hit. */
    record Count(int hits, Instant windowEnds) {
    }

    private static final String HIT = """
            insert into rate_counter as c (scope, key, window_ends, hits) values ($1, $2, $3, 1)
            on conflict (scope, key) do update set
                hits = case when c.window_ends <= $4 then 1 else c.hits + 1 end,
                window_ends = case when c.window_ends <= $4 then excluded.window_ends else c.window_ends end
            returning hits, window_ends""";

    private final Pool pool;

    CounterTable(Pool pool) {
        this.pool = pool;
    }

    Uni<Count> hit(String scope, String key, Duration window, Instant now) {
        return pool.preparedQuery(HIT).execute(Tuple.of(scope, key, at(now.plus(window)), at(now)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Count(row.getInteger("hits"), row.getOffsetDateTime("window_ends").toInstant());
                });
    }

    /** Gives one hit back (a login that turned out right), never below zero. */
    Uni<Void> refund(String scope, String key, Instant now) {
        return pool.preparedQuery("update rate_counter set hits = hits - 1 "
                        + "where scope = $1 and key = $2 and hits > 0 and window_ends > $3")
                .execute(Tuple.of(scope, key, at(now))).replaceWithVoid();
    }

    Uni<Void> reset(String scope, String key) {
        return pool.preparedQuery("delete from rate_counter where scope = $1 and key = $2")
                .execute(Tuple.of(scope, key)).replaceWithVoid();
    }

    /** Removes windows that ended: a key seen once must not stay in the table for ever. */
    Uni<Integer> purge(Instant now) {
        return pool.preparedQuery("delete from rate_counter where window_ends <= $1")
                .execute(Tuple.of(at(now))).map(rows -> rows.rowCount());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
