package org.liaison.common.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForwardedForTest {

    private static final Networks PROXIES = Networks.of(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    private static String client(String peer, String... headers) {
        return ForwardedFor.client(peer, List.of(headers), PROXIES);
    }

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            // a client's own header is ignored: the proxy appended what it saw, the rightmost untrusted entry
            "10.1.2.3 | 6.6.6.6, 203.0.113.7 | 203.0.113.7",
            "10.1.2.3 | 203.0.113.7 | 203.0.113.7",
            // several trusted proxies in a row are all skipped
            "10.1.2.3 | 6.6.6.6, 203.0.113.7, 10.9.9.9, 127.0.0.1 | 203.0.113.7",
            // ports, brackets and quotes as proxies write them
            "10.1.2.3 | 203.0.113.7:4711 | 203.0.113.7",
            "10.1.2.3 | \"[2001:db8:1:2::5]:4711\" | 2001:db8:1:2::/64",
            // IPv6 is bucketed by /64: another address of the same subscriber is the same key
            "10.1.2.3 | 2001:db8:1:2:ffff:ffff:ffff:9 | 2001:db8:1:2::/64",
            "2001:db8:aa:bb::1 | 6.6.6.6 | 2001:db8:aa:bb::/64",
            // an IPv4-mapped IPv6 peer is its IPv4 address
            "::ffff:203.0.113.9 | | 203.0.113.9",
            // an untrusted peer's header is not read at all
            "198.51.100.4 | 6.6.6.6 | 198.51.100.4",
            // garbage from a trusted proxy: the last believable hop
            "10.1.2.3 | 203.0.113.7, not-an-address | 10.1.2.3",
            // only trusted hops: the farthest one
            "10.1.2.3 | 10.0.0.9, 10.0.0.8 | 10.0.0.9",
            // a host name is never resolved
            "10.1.2.3 | localhost | 10.1.2.3",
    })
    void theClientIsTheRightmostEntryNotATrustedProxy(String peer, String header, String expected) {
        assertThat(header == null ? client(peer) : client(peer, header)).isEqualTo(expected);
    }

    @Test
    void severalHeadersReadAsOneChainInOrder() {
        assertThat(client("10.1.2.3", "6.6.6.6", "203.0.113.7, 10.0.0.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        assertThat(ForwardedFor.client("127.0.0.1", List.of("203.0.113.7"), null)).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedRangeThatIsNotAnAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> Networks.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Networks.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cidrBoundariesAreExact() {
        Networks networks = Networks.of(List.of("192.168.4.0/22"));
        assertThat(networks.contains(Networks.ip("192.168.7.255").orElseThrow())).isTrue();
        assertThat(networks.contains(Networks.ip("192.168.8.0").orElseThrow())).isFalse();
        assertThat(networks.contains(Networks.ip("192.168.3.255").orElseThrow())).isFalse();
    }
}
