package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;

@ApplicationScoped
@WithSession
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, String> {

    /**
     * The token row, locked until the transaction ends: two refreshes with the same token run one after the
     * other, and the second sees the first's use.
     */
    public Uni<RefreshToken> lock(String tokenHash) {
        return findById(tokenHash, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Forgets the session's tokens used before this instant; they would have run out anyway. */
    public Uni<Long> forgetUsedBefore(long sessionId, Instant before) {
        return delete("sessionId = ?1 and usedAt < ?2", sessionId, before);
    }
}
