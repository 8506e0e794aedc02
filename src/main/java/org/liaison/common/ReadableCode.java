package org.liaison.common;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Short random codes people can read aloud and type by hand: Crockford's symbols without I, L, O, U
 * and Z (31 symbols, a prime, so the check below is exact), case-insensitive, with a final check
 * character so a mistyped code is caught before any lookup. Eight random characters give 39.6 bits:
 * with 100,000 live codes a random guess hits one in 8 million.
 */
public final class ReadableCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    private static final int PRIME = 31;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCode() {
    }

    /** A new code of {@code randomLength} random characters plus one check character. */
    public static String generate(int randomLength) {
        StringBuilder code = new StringBuilder(randomLength + 1);
        for (int i = 0; i < randomLength; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /**
     * The canonical form of what a person typed (upper case, no spaces or dashes, O→0, I/L→1),
     * or empty when it is not a well-formed code of that length with a matching check character.
     */
    public static Optional<String> normalize(String typed, int randomLength) {
        if (typed == null || typed.length() > 4 * (randomLength + 1)) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            canonical.append(mapped);
        }
        if (canonical.length() != randomLength + 1) {
            return Optional.empty();
        }
        char check = canonical.charAt(randomLength);
        canonical.setLength(randomLength);
        return checkCharacter(canonical) == check ? Optional.of(canonical.append(check).toString()) : Optional.empty();
    }

    /** Groups a code in fours for printing, e.g. 7K4M-9QXT-B. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /**
     * The character c that makes the position-weighted sum of body and c zero modulo 31. With a prime
     * modulus and weights 1..n+1 below it, every single substitution and every swap of two adjacent
     * different characters (the check character included) changes the sum, so it is caught.
     */
    static char checkCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        int weight = body.length() + 1;
        int inverse = java.math.BigInteger.valueOf(weight).modInverse(java.math.BigInteger.valueOf(PRIME)).intValue();
        return ALPHABET.charAt(Math.floorMod(-sum * inverse, PRIME));
    }
}
