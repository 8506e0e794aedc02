package org.liaison.push;

import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.common.problem.ProblemException;

import java.time.Instant;

/** Whose events a deputy's or department's token may watch, from its claims. */
final class HolderAudiences {

    private HolderAudiences() {
    }

    static long claimedId(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value != null) {
            try {
                return Long.parseLong(value.toString());
            } catch (NumberFormatException ignored) {
                // falls through to the refusal
            }
        }
        throw new ProblemException(403, "forbidden", "Forbidden",
                "This token names no " + claim.replace("_id", "") + " to watch.", null, null, null);
    }

    static Instant expiresAt(JsonWebToken token) {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }
}
