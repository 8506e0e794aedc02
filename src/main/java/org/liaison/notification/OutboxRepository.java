package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dispatcher's statements on the outbox, straight on the pool, each its own short transaction. A claim is a
 * lease: claimed_until and a claim token; an outcome is recorded only under the token that claimed the row, so an
 * attempt whose lease ran out can no longer overwrite the next one's result.
 */
@ApplicationScoped
public class OutboxRepository {

    /**
     * Due rows, oldest first, that no live lease holds and that no earlier pending message to the same recipient
     * (same case, same channel) precedes, so one recipient's messages leave in order. SKIP LOCKED: concurrent claims
     * on other instances take other rows; the re-check of claimed_until under the row lock keeps them apart.
     */
    private static final String CLAIM = "update notification n set claimed_until = $1, claimed_by = $2,"
            + " attempts = n.attempts + 1 where n.id in (select c.id from notification c where c.state = 'PENDING'"
            + " and c.next_attempt_at <= $3 and (c.claimed_until is null or c.claimed_until <= $3)"
            + " and not exists (select 1 from notification o where o.case_id = c.case_id and o.state = 'PENDING'"
            + " and o.recipient_role = c.recipient_role and o.recipient_id is not distinct from c.recipient_id"
            + " and o.channel = c.channel and o.subscription_id is not distinct from c.subscription_id and o.id < c.id)"
            + " order by c.id limit $4 for update skip locked) returning " + OutboxRow.COLUMNS;

    private static final String RELEASE = ", claimed_until = null, claimed_by = null where id = $1 and claimed_by = $2";

    private final Pool pool;

    OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<OutboxRow>> claim(Instant now, Instant leaseUntil, String claim, int limit) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(at(leaseUntil), claim, at(now), limit)).map(rows -> {
            List<OutboxRow> claimed = new ArrayList<>();
            rows.forEach(row -> claimed.add(OutboxRow.of(row)));
            claimed.sort(Comparator.comparingLong(OutboxRow::id));
            return claimed;
        });
    }

    public Uni<Boolean> sent(long id, String claim, Instant now, String phoneDigest) {
        return update("update notification set state = 'SENT', sent_at = $3, phone_digest = $4, last_error = null" + RELEASE,
                Tuple.of(id, claim, at(now), phoneDigest));
    }

    /** Back to PENDING until {@code next}; a deferral (quiet hours, daily cap) does not count as an attempt. */
    public Uni<Boolean> later(long id, String claim, Instant next, String error, boolean countAttempt) {
        String attempts = countAttempt ? "" : ", attempts = attempts - 1";
        return update("update notification set next_attempt_at = $3, last_error = $4" + attempts + RELEASE,
                Tuple.of(id, claim, at(next), error));
    }

    public Uni<Boolean> finish(long id, String claim, String state, String error) {
        return update("update notification set state = $3, last_error = $4" + RELEASE, Tuple.of(id, claim, state, error));
    }

    /** SMS sent to the phone (by its digest) since the instant. */
    public Uni<Long> sentSince(String phoneDigest, Instant since) {
        return pool.preparedQuery("select count(*) from notification where state = 'SENT' and phone_digest = $1 and sent_at >= $2")
                .execute(Tuple.of(phoneDigest, at(since))).map(rows -> rows.iterator().next().getLong(0));
    }

    /** A deputy's or department's number as it is now (their rows keep no copy). */
    public Uni<String> phoneOf(Recipient role, long id) {
        String sql = role == Recipient.DEPUTY ? "select phone from deputy where id = $1 and active"
                : "select contact_phone from department where id = $1";
        return pool.preparedQuery(sql).execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    /** Seconds the oldest due message has waited since it was written; 0 when none waits. */
    public Uni<Double> oldestDueAge(Instant now) {
        return pool.preparedQuery("select extract(epoch from ($1 - min(created_at)))::float8 from notification"
                        + " where state = 'PENDING' and next_attempt_at <= $1").execute(Tuple.of(at(now)))
                .map(rows -> {
                    Double age = rows.iterator().next().getDouble(0);
                    return age == null ? 0.0 : Math.max(0.0, age);
                });
    }

    private Uni<Boolean> update(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments).map(RowSet::rowCount).map(count -> count == 1);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
