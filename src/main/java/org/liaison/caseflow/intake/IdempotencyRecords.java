package org.liaison.caseflow.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The idempotency_record table, always in the caller's transaction (the one that creates the case): the
 * transaction-scoped advisory lock tells a concurrent retry that the first request is still in flight, and the
 * primary key (scope, idempotency_key) makes a second case impossible even if the lock were bypassed.
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** A stored response: the fingerprint of the request that produced it and the tracking code of its case. */
    public record Stored(String requestHash, int status, String encryptedBody, String trackingCode, Instant createdAt) {
    }

    /** True when this transaction now holds the key's lock; false when another transaction holds it. */
    public Uni<Boolean> tryLock(String scope, String key) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select pg_try_advisory_xact_lock(hashtextextended(cast(:lock as text), 0))", Boolean.class)
                .setParameter("lock", "idempotency:" + scope + "\n" + key)
                .getSingleResult());
    }

    public Uni<Stored> find(String scope, String key) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select r.request_hash, r.response_status, r.response_body, c.tracking_code, r.created_at"
                                + " from idempotency_record r left join resident_case c on c.id = r.case_id"
                                + " where r.scope = :scope and r.idempotency_key = :key", Object[].class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList())
                .map(IdempotencyRecords::first);
    }

    public Uni<Void> insert(String scope, String key, String requestHash, int status, String encryptedBody, Long caseId,
                            Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into idempotency_record (scope, idempotency_key, request_hash, response_status,"
                                + " response_body, case_id, created_at) values (:scope, :key, :hash, :status, :body, :caseId, :now)")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("status", status)
                .setParameter("body", encryptedBody)
                .setParameter("caseId", caseId)
                .setParameter("now", now)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Forgets an expired record, so its key starts a new submission. */
    public Uni<Void> forget(String scope, String key) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "delete from idempotency_record where scope = :scope and idempotency_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Deletes up to {@code limit} records created before {@code cutoff}, oldest first; returns how many. */
    public Uni<Integer> purge(Instant cutoff, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "delete from idempotency_record where ctid in (select ctid from idempotency_record"
                                + " where created_at < :cutoff order by created_at limit :limit)")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate());
    }

    private static Stored first(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Stored(((String) row[0]).strip(), ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                row[4] instanceof java.time.OffsetDateTime at ? at.toInstant() : (Instant) row[4]);
    }
}
