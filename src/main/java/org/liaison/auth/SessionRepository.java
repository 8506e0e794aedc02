package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
@WithSession
public class SessionRepository implements PanacheRepository<AuthSession> {

    /** The account's sessions that can still be refreshed, most recently used first. */
    public Uni<List<AuthSession>> liveOf(long accountId, Instant now) {
        return list("accountId = ?1 and revokedAt is null and refreshExpiresAt > ?2 and expiresAt > ?2",
                Sort.descending("lastUsedAt").and("id", Sort.Direction.Descending), accountId, now);
    }

    /** The session, locked until the transaction ends, so a refresh and an ending cannot interleave. */
    public Uni<AuthSession> lock(long sessionId) {
        return findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Ends every open session of the account; returns how many were open. */
    public Uni<Integer> revokeAll(long accountId, Instant now, String reason) {
        return update("revokedAt = ?1, revokedReason = ?2 where accountId = ?3 and revokedAt is null", now, reason, accountId);
    }

    /** The ids of the account's open sessions other than the one kept. */
    public Uni<List<Long>> openOthers(long accountId, Long keptSessionId) {
        return find("select id from AuthSession where accountId = ?1 and revokedAt is null and id <> ?2",
                accountId, keptSessionId == null ? -1L : keptSessionId).project(Long.class).list();
    }

    /** Ends the listed sessions. */
    public Uni<Integer> revoke(List<Long> sessionIds, Instant now, String reason) {
        return sessionIds.isEmpty() ? Uni.createFrom().item(0)
                : update("revokedAt = ?1, revokedReason = ?2 where id in ?3 and revokedAt is null", now, reason, sessionIds);
    }
}
