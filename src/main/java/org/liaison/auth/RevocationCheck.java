package org.liaison.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401) a well-signed access token that was revoked: its session ended or its account's generation was
 * raised (disabled, password reset, all sessions ended). An in-memory lookup, no database read per request.
 */
@ApplicationScoped
public class RevocationCheck implements SecurityIdentityAugmentor {

    private final AccessRevocations revocations;

    RevocationCheck(AccessRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (!revocations.allows(TokenClaims.of(token))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token was revoked."));
        }
        return Uni.createFrom().item(identity);
    }
}
