package org.liaison.caseflow.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.SqlValues;
import org.liaison.common.sql.TxStatements;

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
    public Uni<Boolean> tryLock(TxStatements statements, String scope, String key) {
        return statements.query(SqlStatement.of("select pg_try_advisory_xact_lock(hashtextextended(cast(:lock as text), 0))")
                        .set("lock", "idempotency:" + scope + "\n" + key))
                .map(rows -> (Boolean) rows.get(0)[0]);
    }

    public Uni<Stored> find(TxStatements statements, String scope, String key) {
        return statements.query(SqlStatement.of("select r.request_hash, r.response_status, r.response_body,"
                        + " c.tracking_code, r.created_at from idempotency_record r left join resident_case c on c.id = r.case_id"
                        + " where r.scope = :scope and r.idempotency_key = :key").set("scope", scope).set("key", key))
                .map(IdempotencyRecords::first);
    }

    public void insert(TxStatements statements, String scope, String key, String requestHash, int status,
                       String encryptedBody, Long caseId, Instant now) {
        statements.write(SqlStatement.of("insert into idempotency_record (scope, idempotency_key, request_hash,"
                        + " response_status, response_body, case_id, created_at)"
                        + " values (:scope, :key, :hash, :status, :body, :caseId, :now)")
                .set("scope", scope).set("key", key).set("hash", requestHash).set("status", status)
                .set("body", encryptedBody).set("caseId", caseId).set("now", now));
    }

    /** Forgets an expired record, so its key starts a new submission. */
    public void forget(TxStatements statements, String scope, String key) {
        statements.write(SqlStatement.of("delete from idempotency_record where scope = :scope and idempotency_key = :key")
                .set("scope", scope).set("key", key));
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
                SqlValues.instant(row[4]));
    }
}
