package org.liaison.caseflow.intake;

import org.liaison.common.problem.ProblemException;

import java.util.Optional;

/**
 * The Idempotency-Key request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"). The draft
 * makes it a structured-field string ({@code "8e03978e-..."}); most clients send it bare, so both are read.
 * The key itself is 1–255 printable ASCII characters.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
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
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ProblemException.invalid(HEADER, "must be 1–" + MAX_LENGTH + " printable ASCII characters");
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
