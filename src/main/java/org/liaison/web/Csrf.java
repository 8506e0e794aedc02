package org.liaison.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection: a random token in an HttpOnly, SameSite=Strict cookie and the same token in a
 * hidden field of every form. Another site can make a browser send the cookie but cannot read it to fill the field.
 */
final class Csrf {

    static final String COOKIE = "liaison_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{32}");
    }

    static boolean matches(String cookie, String field) {
        return isWellFormed(cookie) && field != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
