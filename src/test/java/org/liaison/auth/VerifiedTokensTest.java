package org.liaison.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache of verified bearer tokens: a hit only for the same token, never after its expiry, and bounded. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    /** Counts verifications; a token string "bad" fails as a wrong signature would. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        long expiresAt = NOW.getEpochSecond() + 900;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (token.equals("bad")) {
                throw new ParseException("signature");
            }
            return new Token(token, expiresAt);
        }
    }

    private record Token(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return raw;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return "exp".equals(name) ? (T) Long.valueOf(exp) : null;
        }
    }

    /** A clock the test sets. */
    private static final class SetClock extends Clock {
        volatile Instant now = NOW;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SetClock clock = new SetClock();
    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() throws Exception {
        JsonWebToken first = tokens.parse("a.b.c");
        JsonWebToken again = tokens.parse("a.b.c");
        assertThat(again).isSameAs(first);
        assertThat(verifier.verified).containsExactly("a.b.c");
    }

    @Test
    void anotherTokenIsVerifiedOnItsOwn() throws Exception {
        tokens.parse("a.b.c");
        tokens.parse("a.b.d");
        assertThat(verifier.verified).containsExactly("a.b.c", "a.b.d");
    }

    @Test
    void anExpiredTokenIsNeverServedFromMemory() throws Exception {
        tokens.parse("a.b.c");
        clock.set(NOW.plusSeconds(899));
        tokens.parse("a.b.c");
        assertThat(verifier.verified).as("still valid a second before its expiry").containsExactly("a.b.c");
        clock.set(NOW.plusSeconds(900));
        tokens.parse("a.b.c");
        assertThat(verifier.verified).as("verified again at its expiry second").containsExactly("a.b.c", "a.b.c");
    }

    @Test
    void aTokenThatFailsVerificationIsNotRemembered() {
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThat(verifier.verified).containsExactly("bad", "bad");
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() throws Exception {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.parse("token-" + i);
        }
        tokens.parse("token-0");
        assertThat(verifier.verified).as("the first token was forgotten when the cache filled up")
                .hasSize(VerifiedTokens.CAPACITY + 2);
    }
}
