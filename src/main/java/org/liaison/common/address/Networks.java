package org.liaison.common.address;

import io.netty.util.NetUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A set of addresses and CIDR ranges; parses IP literals only, never a host name (no DNS on a request path). */
public final class Networks {

    private record Range(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ prefix[whole]) & (0xFF << (8 - rest))) == 0;
        }
    }

    private final List<Range> ranges;

    private Networks(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** "10.0.0.0/8", "127.0.0.1", "fd00::/8"; anything else is refused, so a typo cannot silently trust nobody. */
    public static Networks of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = ip(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + entry));
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + entry);
            }
            ranges.add(new Range(address, bits));
        }
        return new Networks(List.copyOf(ranges));
    }

    public boolean contains(byte[] address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** The address bytes of an IP literal (IPv4-mapped IPv6 as IPv4), or empty. */
    public static Optional<byte[]> ip(String literal) {
        byte[] bytes = literal == null ? null : NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        return Optional.ofNullable(bytes);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }
}
