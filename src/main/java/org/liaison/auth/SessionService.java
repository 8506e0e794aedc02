package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Device sessions: opened at login, renewed by rotating refresh tokens, ended by the user, an administrator or
 * theft detection. Every ending is published on {@link AccountChangeNotifier#CHANNEL} in its transaction and
 * applied to this instance's revocation check once committed.
 */
@ApplicationScoped
public class SessionService {

    /** Why a session ended, as stored. */
    public static final String LOGOUT = "logout";
    public static final String ENDED_BY_USER = "ended-by-user";
    public static final String REUSED_REFRESH_TOKEN = "refresh-token-reused";

    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final AccountRepository accounts;
    private final TokenService tokens;
    private final AccountChangeNotifier notifier;
    private final AccessRevocations revocations;
    private final LoginThrottle throttle;
    private final AuthConfig config;
    private final Clock clock;

    SessionService(SessionRepository sessions, RefreshTokenRepository refreshTokens, AccountRepository accounts,
                   TokenService tokens, AccountChangeNotifier notifier, AccessRevocations revocations,
                   LoginThrottle throttle, AuthConfig config, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.tokens = tokens;
        this.notifier = notifier;
        this.revocations = revocations;
        this.throttle = throttle;
        this.config = config;
        this.clock = clock;
    }

    /** A new session for the account, with its first access and refresh tokens. */
    @WithTransaction
    public Uni<TokenResponse> open(Account account, String deviceLabel, String address) {
        Instant now = clock.instant();
        AuthSession session = new AuthSession();
        session.accountId = account.id;
        session.deviceLabel = deviceLabel == null || deviceLabel.isBlank() ? null : deviceLabel.strip();
        session.clientAddress = address;
        session.createdAt = now;
        session.expiresAt = now.plus(config.sessionMaxLifetime());
        session.refreshed(now, config.refreshTokenLifetime(), address);
        return sessions.persistAndFlush(session).chain(saved -> issue(account, saved, now));
    }

    /**
     * Exchanges a refresh token for a new pair. An unknown, expired or ended one is 401; one already used is
     * theft: its session ends (committed, before the 401 is sent) and every token of it stops working. Only
     * unknown tokens count towards the address's failed attempts: they are guesses, the others were real.
     */
    public Uni<TokenResponse> refresh(String presented, String address) {
        String hash = RefreshTokens.hashOf(presented).orElse(null);
        Uni<RefreshOutcome> outcome = throttle.admitAddress(address).chain(() -> hash == null
                ? Uni.createFrom().item(RefreshOutcome.unknown())
                : Panache.withTransaction(() -> rotate(hash, address)));
        return outcome.call(result -> result.unknownToken() ? Uni.createFrom().voidItem() : throttle.refundAddress(address))
                .map(result -> {
            if (result.ended() != null) {
                revocations.apply(result.ended());
            }
            if (result.tokens() == null) {
                throw invalidRefreshToken();
            }
            return result.tokens();
        });
    }

    private Uni<RefreshOutcome> rotate(String hash, String address) {
        Instant now = clock.instant();
        return refreshTokens.lock(hash).chain(token -> token == null ? Uni.createFrom().item(RefreshOutcome.unknown())
                : sessions.lock(token.sessionId).chain(session -> {
                    if (session.revokedAt != null) {
                        return Uni.createFrom().item(RefreshOutcome.refused());
                    }
                    if (token.usedAt != null) {
                        Log.warnf("A used refresh token of session %d was presented again from %s; the session is ended",
                                session.id, address);
                        return end(session, now, REUSED_REFRESH_TOKEN).map(RefreshOutcome::theft);
                    }
                    if (!session.isLive(now)) {
                        return Uni.createFrom().item(RefreshOutcome.refused());
                    }
                    return accounts.findById(session.accountId).chain(account -> account == null || !account.enabled
                            ? Uni.createFrom().item(RefreshOutcome.refused()) : renew(account, session, token, now, address));
                }));
    }

    /** Spends the presented token and issues the next pair; the session slides on. */
    private Uni<RefreshOutcome> renew(Account account, AuthSession session, RefreshToken spent, Instant now, String address) {
        spent.usedAt = now;
        session.refreshed(now, config.refreshTokenLifetime(), address);
        Uni<TokenResponse> next = refreshTokens.forgetUsedBefore(session.id, now.minus(config.refreshTokenLifetime()))
                .chain(ignored -> issue(account, session, now));
        return next.map(RefreshOutcome::renewed);
    }

    /** The account's sessions that are still open. */
    @WithSession
    public Uni<List<AuthSession>> openSessions(long accountId) {
        return sessions.liveOf(accountId, clock.instant());
    }

    /** Ends one of the account's own sessions; 404 when it is not the account's. Ending an ended one is harmless. */
    public Uni<Void> endOwn(long accountId, long sessionId, String reason) {
        return Panache.withTransaction(() -> sessions.lock(sessionId).chain(session -> {
                    if (session == null || !Objects.equals(session.accountId, accountId)) {
                        throw ProblemException.notFound("Session " + sessionId);
                    }
                    return session.revokedAt != null ? Uni.createFrom().<RevocationChange>nullItem()
                            : end(session, clock.instant(), reason);
                }))
                .invoke(ended -> {
                    if (ended != null) {
                        revocations.apply(ended);
                        Log.infof("Session %d of account %d ended (%s)", sessionId, accountId, reason);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Ends every session of the account and voids all its access tokens by raising its generation, inside the
     * caller's transaction; the caller applies the result with {@link #applyCommitted} once it has committed.
     */
    public Uni<RevocationChange> endAllWithin(Account account, String reason) {
        Instant now = clock.instant();
        account.tokenGeneration += 1;
        RevocationChange raised = new RevocationChange.Generation(account.id, account.tokenGeneration);
        return sessions.revokeAll(account.id, now, reason)
                .invoke(count -> Log.infof("Account %d: %d session(s) ended, its tokens revoked (%s)", account.id, count, reason))
                .chain(() -> notifier.notifyCommitted(List.of(raised)))
                .replaceWith(raised);
    }

    /** Ends the account's sessions except the one kept, inside the caller's transaction. */
    public Uni<List<RevocationChange>> endOthersWithin(long accountId, Long keptSessionId, String reason) {
        return sessions.openOthers(accountId, keptSessionId).chain(ids -> {
            List<RevocationChange> ended = ids.stream()
                    .<RevocationChange>map(id -> new RevocationChange.SessionEnded(accountId, id)).toList();
            return sessions.revoke(ids, clock.instant(), reason)
                    .chain(() -> notifier.notifyCommitted(ended))
                    .replaceWith(ended);
        });
    }

    /** Applies committed changes to this instance at once (the others hear of them by NOTIFY). */
    public void applyCommitted(List<? extends RevocationChange> changes) {
        changes.forEach(revocations::apply);
    }

    private Uni<RevocationChange> end(AuthSession session, Instant now, String reason) {
        session.revoke(now, reason);
        RevocationChange ended = new RevocationChange.SessionEnded(session.accountId, session.id);
        return notifier.notifyCommitted(List.of(ended)).replaceWith(ended);
    }

    private Uni<TokenResponse> issue(Account account, AuthSession session, Instant now) {
        String refreshToken = RefreshTokens.newToken();
        RefreshToken stored = new RefreshToken();
        stored.tokenHash = RefreshTokens.hashOf(refreshToken).orElseThrow();
        stored.sessionId = session.id;
        stored.issuedAt = now;
        return refreshTokens.persist(stored).map(ignored -> tokens.issue(account, session, refreshToken));
    }

    private static ProblemException invalidRefreshToken() {
        return new ProblemException(401, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired, already used or its session has ended: log in again.",
                null, null, null);
    }
}
