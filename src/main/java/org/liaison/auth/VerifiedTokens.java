package org.liaison.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, remembered until they expire. A deputy's app polls every few seconds with the
 * same access token, and checking its RSA signature again on every poll was the largest single cost of a 304
 * (bench/README.md). Only the identical token string is found here, its expiry is checked on every use, and
 * revocation is still checked on every request ({@link RevocationCheck} runs after this). Everything but
 * {@link #parse(String)} goes straight to SmallRye's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Enough for every deputy app an instance serves at once; when full, it starts again rather than grow. */
    static final int CAPACITY = 4096;

    private final JWTParser verifier;
    private final Clock clock;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    // SmallRye checks expiry against the system clock; so does this
    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken known = alreadyVerified(bearerToken);
        if (known != null) {
            return known;
        }
        verified.remove(bearerToken); // expired, if it was here
        JsonWebToken fresh = verifier.parse(bearerToken);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(bearerToken, fresh);
        return fresh;
    }

    /**
     * The token if this exact string was verified here and has not expired, else null: nothing is parsed or
     * checked, so whoever gets null takes the full path. Revocation is the caller's to check.
     */
    public JsonWebToken alreadyVerified(String bearerToken) {
        JsonWebToken known = bearerToken == null ? null : verified.get(bearerToken);
        return known != null && unexpired(known) ? known : null;
    }

    private boolean unexpired(JsonWebToken token) {
        return token.getExpirationTime() > clock.instant().getEpochSecond();
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
