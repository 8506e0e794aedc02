package org.liaison.auth;

import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory revocation check, without a database or HTTP. */
class AccessRevocationsTest {

    private static AuthConfig config(boolean acceptTokensWithoutSession) {
        return (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[]{AuthConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "tokenLifetime" -> Duration.ofMinutes(15);
                    case "acceptTokensWithoutSession" -> acceptTokensWithoutSession;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final AccessRevocations revocations = new AccessRevocations(config(false));

    @Test
    void aTokenCountsUntilItsGenerationIsRaised() {
        TokenClaims token = new TokenClaims(7L, 70L, 0);
        assertThat(revocations.allows(token)).isTrue();
        revocations.apply(new RevocationChange.Generation(7, 1));
        assertThat(revocations.allows(token)).isFalse();
        assertThat(revocations.allows(new TokenClaims(7L, 71L, 1))).as("issued after the raise").isTrue();
        assertThat(revocations.allows(new TokenClaims(8L, 80L, 0))).as("another account").isTrue();
    }

    @Test
    void generationsNeverGoBackEvenWhenNotificationsArriveOutOfOrder() {
        revocations.apply(new RevocationChange.Generation(7, 3));
        revocations.apply(new RevocationChange.Generation(7, 2));
        assertThat(revocations.allows(new TokenClaims(7L, 1L, 2))).isFalse();
        assertThat(revocations.allows(new TokenClaims(7L, 1L, 3))).isTrue();
    }

    @Test
    void anEndedSessionVoidsOnlyItsOwnTokens() {
        revocations.apply(new RevocationChange.SessionEnded(7, 70));
        assertThat(revocations.allows(new TokenClaims(7L, 70L, 0))).isFalse();
        assertThat(revocations.allows(new TokenClaims(7L, 71L, 0))).isTrue();
    }

    @Test
    void aReloadReplacesTheStateWithTheDatabasesAndForgetsLongEndedSessions() {
        revocations.reload(Map.of(7L, 2), Map.of(70L, Instant.now(), 60L, Instant.now().minus(Duration.ofHours(1))));
        assertThat(revocations.allows(new TokenClaims(7L, 1L, 1))).isFalse();
        assertThat(revocations.allows(new TokenClaims(9L, 70L, 0))).isFalse();
        assertThat(revocations.allows(new TokenClaims(9L, 60L, 0))).as("its tokens have run out anyway").isTrue();
    }

    @Test
    void tokensNamingNoSessionCountOnlyWhereAllowed() {
        TokenClaims minted = new TokenClaims(1L, null, null);
        assertThat(revocations.allows(minted)).isFalse();
        assertThat(new AccessRevocations(config(true)).allows(minted)).isTrue();
    }

    @Test
    void aWatchCompletesWhenItsTokenIsRevokedAndNotBefore() {
        org.eclipse.microprofile.jwt.JsonWebToken token = jwt(7, 70, 0);
        UniAssertSubscriber<Void> watch = revocations.whenRevoked(token).subscribe().withSubscriber(UniAssertSubscriber.create());
        revocations.apply(new RevocationChange.SessionEnded(7, 71));
        revocations.apply(new RevocationChange.Generation(8, 5));
        watch.assertNotTerminated();
        revocations.apply(new RevocationChange.Generation(7, 1));
        watch.assertCompleted();
    }

    @Test
    void aWatchOnAnAlreadyRevokedTokenCompletesAtOnce() {
        revocations.apply(new RevocationChange.SessionEnded(7, 70));
        revocations.whenRevoked(jwt(7, 70, 0)).subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted();
    }

    private static org.eclipse.microprofile.jwt.JsonWebToken jwt(long account, long session, int generation) {
        return (org.eclipse.microprofile.jwt.JsonWebToken) Proxy.newProxyInstance(AccessRevocationsTest.class.getClassLoader(),
                new Class<?>[]{org.eclipse.microprofile.jwt.JsonWebToken.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSubject" -> String.valueOf(account);
                    case "getClaim" -> TokenService.SESSION_CLAIM.equals(args[0]) ? (Object) session
                            : TokenService.GENERATION_CLAIM.equals(args[0]) ? (Object) generation : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
