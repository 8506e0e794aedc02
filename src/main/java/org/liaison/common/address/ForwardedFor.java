package org.liaison.common.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, from the connection's peer and the X-Forwarded-For chain. Every proxy appends the address it
 * saw, so only the right end of the chain is trustworthy: walking from the right, trusted proxies are skipped and
 * the first other entry is the client. Whatever a client wrote itself sits further left and is never reached.
 * The result is a rate-limit key: an IPv4 address, or an IPv6 /64 (one subscriber's network, which otherwise
 * holds 2^64 fresh addresses).
 */
public final class ForwardedFor {

    private ForwardedFor() {
    }

    /**
     * @param peer     the socket's remote address
     * @param headers  every X-Forwarded-For header of the request, in order (empty when none)
     * @param trusted  the trusted proxies, or null when forwarded headers are not trusted at all
     */
    public static String client(String peer, List<String> headers, Networks trusted) {
        Optional<byte[]> peerAddress = Networks.ip(peer);
        if (peerAddress.isEmpty()) {
            return peer == null || peer.isBlank() ? "unknown" : peer;
        }
        byte[] client = peerAddress.get();
        if (trusted != null && trusted.contains(client)) {
            List<String> chain = entries(headers);
            for (int i = chain.size() - 1; i >= 0; i--) {
                Optional<byte[]> hop = Networks.ip(withoutPort(chain.get(i)));
                if (hop.isEmpty()) {
                    break; // a proxy we trust wrote garbage: the last believable hop is the answer
                }
                client = hop.get();
                if (!trusted.contains(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    /** An IPv4 address as itself; an IPv6 address as its /64 ("2001:db8:1:2::/64"). */
    static String key(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((address[i] & 0xFF) << 8) | (address[i + 1] & 0xFF))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static List<String> entries(List<String> headers) {
        List<String> entries = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    /** "203.0.113.7:4711", "[2001:db8::1]:4711", "\"[2001:db8::1]\"" → the bare address. */
    static String withoutPort(String entry) {
        String value = entry.replace("\"", "");
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(1, end);
        }
        int colon = value.indexOf(':');
        return colon > 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
    }
}
