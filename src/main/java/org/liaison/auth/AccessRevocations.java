package org.liaison.auth;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which access tokens no longer count, held in memory so checking a request reads no database: each account's
 * token generation and the sessions ended recently (kept for one access-token lifetime, after which their
 * tokens have run out anyway). Fed by {@link AccountChangesListener} on every instance, and at once by the
 * instance that made the change. Also tells open streams when their token stops counting.
 */
@ApplicationScoped
public class AccessRevocations {

    private final Map<Long, Integer> generations = new ConcurrentHashMap<>();
    private final Map<Long, Instant> endedSessions = new ConcurrentHashMap<>();
    private final Map<Long, Set<Watch>> watches = new ConcurrentHashMap<>();
    private final AuthConfig config;
    /**
     * SmallRye JWT checks a token's expiry against the system clock, so how long an ended session must be
     * remembered is measured on that clock too, not on the service clock tests move.
     */
    private final Clock jwtClock = Clock.systemUTC();

    AccessRevocations(AuthConfig config) {
        this.config = config;
    }

    private record Watch(TokenClaims claims, UniEmitter<? super Void> emitter) {
    }

    /** True while the token counts; a token naming no session counts only where that is allowed (tests). */
    public boolean allows(TokenClaims claims) {
        if (!claims.namesSession()) {
            return config.acceptTokensWithoutSession();
        }
        return claims.generation() >= generations.getOrDefault(claims.accountId(), 0)
                && !endedSessions.containsKey(claims.sessionId());
    }

    /**
     * Completes when the token stops counting (at once if it already does not); never for a token naming no
     * session. Cancelling it forgets the watch.
     */
    public Uni<Void> whenRevoked(JsonWebToken token) {
        TokenClaims claims = TokenClaims.of(token);
        if (!claims.namesSession()) {
            return Uni.createFrom().nothing();
        }
        return Uni.createFrom().emitter(emitter -> {
            Watch watch = new Watch(claims, emitter);
            watches.computeIfAbsent(claims.accountId(), id -> ConcurrentHashMap.newKeySet()).add(watch);
            emitter.onTermination(() -> watches.computeIfPresent(claims.accountId(), (id, set) -> {
                set.remove(watch);
                return set.isEmpty() ? null : set;
            }));
            if (!allows(claims)) {
                emitter.complete(null);
            }
        });
    }

    public void apply(RevocationChange change) {
        if (change instanceof RevocationChange.Generation raised) {
            generations.merge(raised.accountId(), raised.generation(), Math::max);
        } else if (change instanceof RevocationChange.SessionEnded ended) {
            endedSessions.put(ended.sessionId(), jwtClock.instant().plus(config.tokenLifetime()));
        }
        wake(change.accountId());
    }

    /** Replaces everything with what the database says (after (re)connecting), then wakes every watch. */
    void reload(Map<Long, Integer> currentGenerations, Map<Long, Instant> recentlyEnded) {
        generations.keySet().retainAll(currentGenerations.keySet());
        currentGenerations.forEach((account, generation) -> generations.merge(account, generation, Math::max));
        recentlyEnded.forEach((session, endedAt) -> endedSessions.put(session, endedAt.plus(config.tokenLifetime())));
        forgetExpired();
        watches.keySet().forEach(this::wake);
    }

    /** Sessions whose last access token has run out need no remembering. */
    void forgetExpired() {
        Instant now = jwtClock.instant();
        endedSessions.values().removeIf(until -> until.isBefore(now));
    }

    private void wake(long accountId) {
        Set<Watch> watching = watches.get(accountId);
        if (watching != null) {
            watching.stream().filter(watch -> !allows(watch.claims())).forEach(watch -> watch.emitter().complete(null));
        }
    }
}
