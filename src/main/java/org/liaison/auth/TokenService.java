package org.liaison.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Issues short-lived access tokens: sub is the account id, groups its role, plus the deputy or department it acts
 * for, the session (sid) and the account's token generation (gen) the revocation check compares.
 */
@ApplicationScoped
public class TokenService {

    public static final String DEPUTY_CLAIM = "deputy_id";
    public static final String DEPARTMENT_CLAIM = "department_id";
    /** The device session the token belongs to; ending the session voids the token. */
    public static final String SESSION_CLAIM = "sid";
    /** The account's token generation when issued; raising it voids the token. */
    public static final String GENERATION_CLAIM = "gen";

    private final AuthConfig config;
    private final Clock clock;

    TokenService(AuthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** An access token of the session, with the refresh token the caller just issued for it. */
    public TokenResponse issue(Account account, AuthSession session, String refreshToken) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.subject(String.valueOf(account.id))
                .upn(account.username)
                .groups(Set.of(account.role))
                .claim(SESSION_CLAIM, session.id)
                .claim(GENERATION_CLAIM, account.tokenGeneration)
                .issuedAt(now)
                .expiresAt(now.plus(config.tokenLifetime()));
        if (account.deputyId != null) {
            claims.claim(DEPUTY_CLAIM, account.deputyId);
        }
        if (account.departmentId != null) {
            claims.claim(DEPARTMENT_CLAIM, account.departmentId);
        }
        return new TokenResponse(claims.sign(), "Bearer", config.tokenLifetime().toSeconds(), refreshToken,
                Math.max(0, java.time.Duration.between(session.lastUsedAt, session.refreshExpiresAt).toSeconds()));
    }
}
