package org.liaison.notification.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Tencent Cloud API 3.0 signature v3 (TC3-HMAC-SHA256) of a POST with a JSON body, signing the content-type and
 * host headers, as the provider documents it (tested against its published example). Pure.
 */
public final class Tc3Signer {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final String SIGNED_HEADERS = "content-type;host";

    private Tc3Signer() {
    }

    /** The canonical request: method, path, empty query, the signed headers and the payload's SHA-256. */
    static String canonicalRequest(String host, String payload) {
        return "POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:" + host + "\n\n" + SIGNED_HEADERS + "\n"
                + Hmac.sha256Hex(payload.getBytes(StandardCharsets.UTF_8));
    }

    static String date(long timestamp) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC));
    }

    static String stringToSign(String service, long timestamp, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + date(timestamp) + "/" + service + "/tc3_request\n"
                + Hmac.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    static String signature(String secretKey, String service, long timestamp, String stringToSign) {
        byte[] secretDate = Hmac.sha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date(timestamp));
        byte[] secretService = Hmac.sha256(secretDate, service);
        byte[] secretSigning = Hmac.sha256(secretService, "tc3_request");
        return Hmac.hex(Hmac.sha256(secretSigning, stringToSign));
    }

    /** The Authorization header of the request. */
    public static String authorization(String secretId, String secretKey, String service, String host, long timestamp,
                                       String payload) {
        String signature = signature(secretKey, service, timestamp,
                stringToSign(service, timestamp, canonicalRequest(host, payload)));
        return ALGORITHM + " Credential=" + secretId + "/" + date(timestamp) + "/" + service + "/tc3_request, SignedHeaders="
                + SIGNED_HEADERS + ", Signature=" + signature;
    }
}
