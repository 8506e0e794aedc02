package org.liaison.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as residents, deputies and departments write them, reduced to one stored form so the
 * same number always compares equal. Accepted, with spaces anywhere:
 * <ul>
 *   <li>mainland mobile: {@code 1[3-9]} and 9 digits, hyphens allowed ("138-0000-0001") → {@code 13800000001};</li>
 *   <li>mainland landline: {@code 0}, area code, optional hyphen, 7–8 digit local number, optional
 *       extension {@code -1..6 digits} → {@code 0510-80000001} or {@code 0510-80000001-123}. The area code
 *       length follows the numbering plan (010 and 02x are three characters, every other one four), so a
 *       number written without the hyphen splits the same way as one written with it;</li>
 *   <li>international E.164: {@code +} and 8–15 digits, hyphens allowed → {@code +14155552671}. A {@code +86}
 *       number is a mainland number and is stored in its national form ({@code +86 138 0000 0001} →
 *       {@code 13800000001}, {@code +86 510 8000 0001} and {@code +86 0510 8000 0001} → {@code 0510-80000001}),
 *       so each number has one form.</li>
 * </ul>
 * Pure Java, no framework: see {@link Phone} for the Bean Validation constraint.
 */
public final class PhoneNumber {

    /** Longest input looked at; anything longer is not a phone number (and is not worth a regex). */
    static final int MAX_INPUT_LENGTH = 40;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0(\\d{2,3})(-?)([1-9]\\d{6,7})(?:-(\\d{1,6}))?");
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9]\\d{7,14}");
    private static final String MAINLAND_PREFIX = "86";

    private PhoneNumber() {
    }

    /** The stored form of a valid number, or empty when the input is not one of the accepted forms. */
    public static Optional<String> normalize(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s\\u3000]", "");
        if (compact.startsWith("+")) {
            return international(compact.substring(1).replace("-", ""));
        }
        String digits = compact.replace("-", "");
        if (MOBILE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return landline(compact);
    }

    public static boolean isValid(String input) {
        return normalize(input).isPresent();
    }

    /**
     * A number safe to show to someone who must not see it whole: the first three and last four digits of a
     * mobile ({@code 138****0001}), the area code and last four digits of a landline ({@code 0510-****0001},
     * extension dropped), the country code's first digits and last four of an international number.
     * Anything that is not a valid number masks to {@code ****}.
     */
    public static String mask(String phone) {
        Optional<String> normalized = normalize(phone);
        if (normalized.isEmpty()) {
            return "****";
        }
        String number = normalized.get();
        if (number.startsWith("+")) {
            return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
        }
        if (number.startsWith("0")) {
            String[] parts = number.split("-");
            return parts[0] + "-****" + parts[1].substring(parts[1].length() - 4);
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }

    private static Optional<String> international(String digits) {
        if (!INTERNATIONAL.matcher(digits).matches()) {
            return Optional.empty();
        }
        if (!digits.startsWith(MAINLAND_PREFIX)) {
            return Optional.of("+" + digits);
        }
        String national = digits.substring(MAINLAND_PREFIX.length());
        if (MOBILE.matcher(national).matches()) {
            return Optional.of(national);
        }
        // people often keep the trunk 0 after +86 ("+86 0510 …"); it means the same landline
        return landline(national.startsWith("0") ? national : "0" + national);
    }

    private static Optional<String> landline(String compact) {
        Matcher m = LANDLINE.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        String area = m.group(1);
        String local = m.group(3);
        int areaLength = area.charAt(0) == '1' || area.charAt(0) == '2' ? 2 : 3;
        if (m.group(2).isEmpty()) {
            // Without a hyphen the regex split is a guess: redo it from the numbering plan.
            String all = area + local;
            area = all.substring(0, areaLength);
            local = all.substring(areaLength);
        }
        if (area.length() != areaLength || local.length() < 7 || local.length() > 8 || local.charAt(0) == '0') {
            return Optional.empty();
        }
        String extension = m.group(4);
        return Optional.of("0" + area + "-" + local + (extension == null ? "" : "-" + extension));
    }
}
