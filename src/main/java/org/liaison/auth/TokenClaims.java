package org.liaison.auth;

import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The claims the revocation check reads from an access token; session and generation are null in tokens without them. */
public record TokenClaims(Long accountId, Long sessionId, Integer generation) {

    public static TokenClaims of(JsonWebToken token) {
        Long generation = number(token.getClaim(TokenService.GENERATION_CLAIM));
        return new TokenClaims(parse(token.getSubject()), number(token.getClaim(TokenService.SESSION_CLAIM)),
                generation == null ? null : generation.intValue());
    }

    /** Issued by login or refresh: names its account, session and generation. */
    public boolean namesSession() {
        return accountId != null && sessionId != null && generation != null;
    }

    private static Long number(Object value) {
        if (value instanceof JsonNumber json) {
            return json.longValue();
        }
        if (value instanceof Number plain) {
            return plain.longValue();
        }
        return value == null ? null : parse(value.toString());
    }

    private static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
