package org.liaison.caseflow.handling;

import org.liaison.caseflow.handling.ResidentContact.Disclosure;

/**
 * Who sees how much of the resident. The deputy holding a case sees the name and phone masked until it has
 * accepted the case, then in full, except a refused contact (never the phone) or an anonymous resident (never the
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

    /** The first character and one star, whatever the length, so the mask does not tell the length: "张*". */
    static String maskName(String name) {
        String trimmed = name.strip();
        return trimmed.isEmpty() ? "*" : new String(Character.toChars(trimmed.codePointAt(0))) + "*";
    }

    /** The first three and last four characters around four stars: "138****0001"; short numbers are all stars. */
    static String maskPhone(String phone) {
        String compact = phone.replaceAll("[\\s-]", "");
        return compact.length() < 8 ? "****" : compact.substring(0, 3) + "****" + compact.substring(compact.length() - 4);
    }

    private static String reveal(Disclosure disclosure, String value, java.util.function.UnaryOperator<String> mask) {
        return switch (disclosure) {
            case SHOWN -> value;
            case MASKED -> mask.apply(value);
            default -> null;
        };
    }
}
