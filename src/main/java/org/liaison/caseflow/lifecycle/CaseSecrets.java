package org.liaison.caseflow.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The case secret: what the resident's page holds to read and act on its case. 256 random bits, handed out once
 * as base64url (43 characters, no padding); only its SHA-256 is stored, so a database leak reveals no secret.
 * A fast hash is enough here (unlike passwords): the secret is random, there is nothing to guess from.
 */
public final class CaseSecrets {

    /** Length of an issued secret: 32 bytes in base64url without padding. */
    public static final int SECRET_LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private CaseSecrets() {
    }

    /** A secret to give the resident once, and the hash to store. */
    public record IssuedSecret(String secret, String sha256Hex) {
        @Override
        public String toString() {
            return "IssuedSecret[secret=***, sha256Hex=" + sha256Hex + "]";
        }
    }

    public static IssuedSecret issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedSecret(secret, sha256Hex(secret));
    }

    /** Lower-case hex SHA-256 of the secret's ASCII characters: the stored form. */
    public static String sha256Hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * True when {@code presented} is the secret behind {@code storedSha256Hex}. The digests are compared in
     * constant time; input of the wrong shape (null, wrong length) is refused before any hashing.
     */
    public static boolean matches(String presented, String storedSha256Hex) {
        if (presented == null || presented.length() != SECRET_LENGTH || storedSha256Hex == null) {
            return false;
        }
        byte[] expected = storedSha256Hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sha256Hex(presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
