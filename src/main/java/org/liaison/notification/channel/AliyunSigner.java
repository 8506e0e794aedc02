package org.liaison.notification.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud's RPC signature (SignatureVersion 1.0, HMAC-SHA1) as its SMS documentation describes it, tested
 * against the published SendSms example; the SDK (com.aliyun:dysmsapi20170525) would bring its own HTTP stack and
 * reflection-heavy models for one call. Pure.
 */
public final class AliyunSigner {

    private AliyunSigner() {
    }

    /** RFC 3986 percent-encoding as the provider wants it: space as %20, * encoded, ~ not. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The parameters sorted by name, encoded, joined: both the signed string's core and the request's body. */
    static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
    }

    static String stringToSign(String method, Map<String, String> parameters) {
        return method + "&" + encode("/") + "&" + encode(canonicalQuery(parameters));
    }

    public static String signature(String method, Map<String, String> parameters, String accessKeySecret) {
        byte[] mac = Hmac.sign("HmacSHA1", (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8),
                stringToSign(method, parameters).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }
}
