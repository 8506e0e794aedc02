package org.liaison.notification.webpush;

import org.liaison.common.problem.Problem;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a browser's push subscription must look like before it is stored: the endpoint an https URL of a public host
 * (the dispatcher will POST to it, so no loopback, private or link-local address may be named), the keys base64url
 * of the sizes RFC 8291 fixes, and p256dh a point on P-256. Pure: no DNS lookups, only literal addresses are judged.
 */
public final class SubscriptionRules {

    public static final int MAX_ENDPOINT_LENGTH = 1024;
    static final int P256DH_BYTES = 65;
    static final int AUTH_BYTES = 16;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    private SubscriptionRules() {
    }

    /** Every problem of the subscription, by field (endpoint, keys.p256dh, keys.auth); empty when it may be stored. */
    public static List<Problem.FieldError> check(String endpoint, String p256dh, String auth) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String endpointProblem = endpoint(endpoint);
        if (endpointProblem != null) {
            errors.add(new Problem.FieldError("endpoint", endpointProblem));
        }
        byte[] point = decode(p256dh);
        if (point == null || point.length != P256DH_BYTES || point[0] != 0x04 || !onCurve(point)) {
            errors.add(new Problem.FieldError("keys.p256dh", "must be base64url of a 65-byte uncompressed P-256 point"));
        }
        byte[] secret = decode(auth);
        if (secret == null || secret.length != AUTH_BYTES) {
            errors.add(new Problem.FieldError("keys.auth", "must be base64url of 16 bytes"));
        }
        return errors;
    }

    /** Why the endpoint cannot be used, or null. */
    static String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return "must not be blank";
        }
        if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
            return "must be at most " + MAX_ENDPOINT_LENGTH + " characters";
        }
        if (endpoint.chars().anyMatch(c -> c < 0x21 || c >= 0x7f)) {
            return "must be a URL without spaces, control or non-ASCII characters";
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return "must be a URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "must be an https URL";
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null || uri.getRawFragment() != null) {
            return "must be an https URL with a host, without user information or fragment";
        }
        return publicHost(uri.getHost()) ? null : "must name a public host (no loopback, private or link-local address)";
    }

    private static boolean publicHost(String rawHost) {
        // ASCII only (checked before): an internationalised name arrives in its punycode form
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || !host.contains(".") && !host.startsWith("[")) {
            return false;
        }
        if (!host.startsWith("[") && !IPV4.matcher(host).matches()) {
            return true;
        }
        try {
            // a literal: parsed, never looked up
            InetAddress address = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            byte[] bytes = address.getAddress();
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
            boolean sharedOrZero = bytes.length == 4 && (bytes[0] == 0 || (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64);
            return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedOrZero);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The bytes of base64url text (padding allowed), or null when it is not base64url. */
    static byte[] decode(String text) {
        if (text == null || text.length() > 200 || !BASE64URL.matcher(text).matches()) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** y² = x³ - 3x + b (mod p): the curve of RFC 8291's keys; anything else would fail only at the first send. */
    static boolean onCurve(byte[] point) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return y.modPow(BigInteger.TWO, P).equals(right);
    }
}
