package org.liaison.caseflow.tracking;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/** Reads what a test must check in the database itself: how many cases, and a case's stored columns. */
@ApplicationScoped
public class CaseRows {

    private final Pool pool;

    CaseRows(Pool pool) {
        this.pool = pool;
    }

    /** Cases at this venue. */
    public long countAtVenue(long venueId) {
        return await(() -> pool.preparedQuery("select count(*) from resident_case where venue_id = $1")
                .execute(Tuple.of(venueId)).map(rows -> rows.iterator().next().getLong(0)));
    }

    /** Cases with this tracking code. */
    public long countWithTrackingCode(String trackingCode) {
        return await(() -> pool.preparedQuery("select count(*) from resident_case where tracking_code = $1")
                .execute(Tuple.of(trackingCode)).map(rows -> rows.iterator().next().getLong(0)));
    }

    /** The case row: id, venue_id, personal_deputy_id, assigned_deputy_id, routing_rule, resident_phone_enc, resident_name_enc. */
    public Row byTrackingCode(String trackingCode) {
        return await(() -> pool.preparedQuery("select id, venue_id, personal_deputy_id, assigned_deputy_id, routing_rule,"
                        + " resident_phone_enc, resident_name_enc, text from resident_case where tracking_code = $1")
                .execute(Tuple.of(trackingCode)).map(rows -> rows.iterator().next()));
    }

    /** The stored response body of an idempotency record, as kept (encrypted). */
    public String storedResponse(String key) {
        return await(() -> pool.preparedQuery("select response_body from idempotency_record where idempotency_key = $1")
                .execute(Tuple.of(key)).map(rows -> rows.iterator().next().getString(0)));
    }

    /** Takes a session advisory lock on another connection, as a concurrent request's transaction would hold it. */
    public io.vertx.mutiny.sqlclient.SqlConnection holdLock(String lockText) {
        return await(() -> pool.getConnection().call(connection -> connection
                .preparedQuery("select pg_advisory_lock(hashtextextended($1, 0))").execute(Tuple.of(lockText))));
    }

    public void release(io.vertx.mutiny.sqlclient.SqlConnection connection, String lockText) {
        await(() -> connection.preparedQuery("select pg_advisory_unlock(hashtextextended($1, 0))")
                .execute(Tuple.of(lockText)).call(connection::close));
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
