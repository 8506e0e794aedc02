package org.liaison.caseflow.deadlines;

import org.liaison.common.PhoneNumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What retention leaves of texts others wrote about the resident (referral notes, replies, questions): every phone
 * number (anything PhoneNumber accepts, or any run of eleven or more digits) and the resident's stored name are
 * replaced by a marker; the rest of the text, which the statistics and the audit trail need, stays.
 */
final class Redaction {

    /** What stands in for the resident's own message once retention has passed. */
    static final String REMOVED_TEXT = "[已按保存期限删除]";

    static final String PHONE = "[电话已删除]";
    static final String NAME = "[姓名已删除]";

    /** A run of digits with the separators people write numbers with, starting and ending with a digit. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\u3000\\-()（）]*\\d");

    /** Longer runs of digits are redacted even when they are no valid number: they identify someone. */
    private static final int LONG_DIGIT_RUN = 11;

    private Redaction() {
    }

    /**
     * The text without phone numbers and without the name; a one-character name is left alone (it would take
     * every occurrence of a common character with it). Null stays null.
     */
    static String redact(String text, String name) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String candidate = m.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean phone = PhoneNumber.isValid(candidate.replaceAll("[()（）]", "")) || digits >= LONG_DIGIT_RUN;
            m.appendReplacement(out, Matcher.quoteReplacement(phone ? PHONE : candidate));
        }
        m.appendTail(out);
        String redacted = out.toString();
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.codePointCount(0, trimmedName.length()) >= 2) {
            redacted = redacted.replace(trimmedName, NAME);
        }
        return redacted;
    }
}
