package org.liaison.common.text;

import java.util.Optional;

/**
 * What any accepted string may contain. Control characters (C0, DEL, C1) make PostgreSQL fail (NUL), smuggle
 * terminal escapes into logs or reorder what a reader sees; an unpaired surrogate is not text at all. Free text
 * keeps newlines (LF, CR) and tabs.
 */
public final class TextRules {

    public static final String NO_CONTROL = "must not contain control characters";
    public static final String NO_CONTROL_BUT_LINES = "must not contain control characters other than newlines and tabs";
    public static final String NOT_UNICODE = "must be valid Unicode text";

    private TextRules() {
    }

    /** Why the value is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String value, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(NOT_UNICODE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(NOT_UNICODE);
            }
            if (Character.getType(c) == Character.CONTROL && !(freeText && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(freeText ? NO_CONTROL_BUT_LINES : NO_CONTROL);
            }
        }
        return Optional.empty();
    }
}
