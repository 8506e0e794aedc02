package org.liaison.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Issues short-lived access tokens: sub is the account id, groups its role, plus the deputy or department it acts for. */
@ApplicationScoped
public class TokenService {

    public static final String DEPUTY_CLAIM = "deputy_id";
    public static final String DEPARTMENT_CLAIM = "department_id";

    private final AuthConfig config;
    private final Clock clock;

    TokenService(AuthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public TokenResponse issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.subject(String.valueOf(account.id))
                .upn(account.username)
                .groups(Set.of(account.role))
                .issuedAt(now)
                .expiresAt(now.plus(config.tokenLifetime()));
        if (account.deputyId != null) {
            claims.claim(DEPUTY_CLAIM, account.deputyId);
        }
        if (account.departmentId != null) {
            claims.claim(DEPARTMENT_CLAIM, account.departmentId);
        }
        return new TokenResponse(claims.sign(), "Bearer", config.tokenLifetime().toSeconds());
    }
}
