package org.liaison.caseflow.handling;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.auth.TokenService;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.common.problem.ProblemException;

/** The deputy or department a token acts for, read from its claims. */
final class Readers {

    private Readers() {
    }

    static Actor deputy(JsonWebToken token) {
        return Actor.deputy(idClaim(token, TokenService.DEPUTY_CLAIM, "deputy"));
    }

    static Actor department(JsonWebToken token) {
        return Actor.department(idClaim(token, TokenService.DEPARTMENT_CLAIM, "department"));
    }

    /** The deputy the token acts for, or null when it names none (the full path answers that with 403). */
    static Long deputyOrNull(JsonWebToken token) {
        return idOrNull(token, TokenService.DEPUTY_CLAIM);
    }

    private static long idClaim(JsonWebToken token, String claim, String what) {
        Long id = idOrNull(token, claim);
        if (id == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "The token does not name the " + what + " it acts for.",
                    null, null, null);
        }
        return id;
    }

    private static Long idOrNull(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        try {
            if (value instanceof JsonNumber number) {
                return number.longValueExact();
            }
            if (value instanceof Number number) {
                return number.longValue();
            }
            if (value instanceof JsonString text) {
                return Long.parseLong(text.getString());
            }
            if (value instanceof String text) {
                return Long.parseLong(text);
            }
        } catch (ArithmeticException | NumberFormatException unreadable) {
            // unreadable counts as missing
        }
        return null;
    }
}
