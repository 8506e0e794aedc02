package org.liaison.caseflow.intake;

import org.liaison.common.problem.ProblemException;

import java.util.Optional;

/**
 * The Idempotency-Key request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"). The draft
 * makes it a structured-field string ({@code "8e03978e-..."}); most clients send it bare, so both are read.
 * The key itself is 16–128 visible ASCII characters (no spaces): long enough to be unique per submission, as a
 * UUID or 128 random bits are. The JSON submission API requires one, so a retry can never make a second case.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 128;

    private IdempotencyKey() {
    }

    /** The key of a header that must be there: a 400 problem when it is missing or malformed. */
    public static String require(String headerValue) {
        if (headerValue == null) {
            throw ProblemException.invalid(HEADER, "is required: send a new random key (e.g. a UUID) with each new "
                    + "submission and the same key with its retries");
        }
        return parse(headerValue).orElseThrow();
    }

    /** The key of the header value, empty when there is no header; a 400 problem when it is malformed. */
    public static Optional<String> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String key = headerValue.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = unquote(key.substring(1, key.length() - 1));
        }
        if (key == null || key.length() < MIN_LENGTH || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c > 0x20 && c <= 0x7E)) {
            throw ProblemException.invalid(HEADER, "must be " + MIN_LENGTH + "–" + MAX_LENGTH
                    + " visible ASCII characters (letters, digits, punctuation; no spaces)");
        }
        return Optional.of(key);
    }

    /** The inside of an sf-string: backslash escapes only a quote or a backslash; null when malformed. */
    private static String unquote(String inner) {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '"') {
                return null;
            }
            if (c == '\\') {
                if (i + 1 == inner.length() || (inner.charAt(i + 1) != '"' && inner.charAt(i + 1) != '\\')) {
                    return null;
                }
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
