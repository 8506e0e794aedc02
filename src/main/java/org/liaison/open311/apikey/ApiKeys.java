package org.liaison.open311.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** How keys look and are hashed: "o311_" and 43 URL-safe characters (256 random bits), stored as SHA-256. */
public final class ApiKeys {

    static final String PREFIX = "o311_";
    static final int SHOWN_PREFIX_LENGTH = 12;
    private static final int RANDOM_BYTES = 32;
    private static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String newKey() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Hex SHA-256 of the key; a high-entropy key needs no slow hash, and lookups stay one index read. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the text can be a key at all, so garbage is refused without a lookup. */
    public static boolean plausible(String key) {
        return key != null && key.startsWith(PREFIX) && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    static String shownPrefix(String key) {
        return key.substring(0, Math.min(SHOWN_PREFIX_LENGTH, key.length()));
    }
}
