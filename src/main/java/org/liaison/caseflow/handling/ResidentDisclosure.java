package org.liaison.caseflow.handling;

import org.liaison.caseflow.handling.ResidentContact.Disclosure;

/**
 * Who sees how much of the resident. The deputy holding a case sees the name and phone masked until it has
 * accepted the case itself (an earlier holder's acceptance does not count), then in full, except a refused contact (never the phone) or an anonymous resident (never the
 * name). Administrators see both in full, with the resident's choices next to them. Departments see neither.
 */
final class ResidentDisclosure {

    /** How much of the resident a reader is trusted with. */
    enum Audience { HOLDER, ADMIN }

    private ResidentDisclosure() {
    }

    /** The contact as the audience may see it; {@code name} and {@code phone} are the decrypted values or null. */
    static ResidentContact disclose(Audience audience, boolean accepted, boolean anonymous, boolean contactConsent,
                                    boolean scrubbed, String name, String phone) {
        boolean full = audience == Audience.ADMIN || accepted;
        Disclosure nameDisclosure = scrubbed ? Disclosure.SCRUBBED
                : name == null || name.isBlank() ? Disclosure.NOT_GIVEN
                : anonymous && audience != Audience.ADMIN ? Disclosure.WITHHELD
                : full ? Disclosure.SHOWN : Disclosure.MASKED;
        Disclosure phoneDisclosure = scrubbed ? Disclosure.SCRUBBED
                : phone == null || phone.isBlank() ? Disclosure.NOT_GIVEN
                : !contactConsent && audience != Audience.ADMIN ? Disclosure.WITHHELD
                : full ? Disclosure.SHOWN : Disclosure.MASKED;
        return new ResidentContact(
                reveal(nameDisclosure, name, ResidentDisclosure::maskName), nameDisclosure,
                reveal(phoneDisclosure, phone, ResidentDisclosure::maskPhone), phoneDisclosure,
                contactConsent, anonymous);
    }

    /**
     * The surname initial (the first character) and one star, whatever the length, so the mask does not tell the
     * length: "张*". A one-character name would be shown whole that way, so it is all star.
     */
    static String maskName(String name) {
        String trimmed = name.strip();
        return trimmed.codePointCount(0, trimmed.length()) < 2 ? "*"
                : new String(Character.toChars(trimmed.codePointAt(0))) + "*";
    }

    /**
     * Four stars and the last four digits, nothing else (no prefix, no country or area code): "****0001". Numbers
     * shorter than eight digits are all stars, since four digits would be half of them.
     */
    static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 8 ? "****" : "****" + digits.substring(digits.length() - 4);
    }

    private static String reveal(Disclosure disclosure, String value, java.util.function.UnaryOperator<String> mask) {
        return switch (disclosure) {
            case SHOWN -> value;
            case MASKED -> mask.apply(value);
            default -> null;
        };
    }
}
