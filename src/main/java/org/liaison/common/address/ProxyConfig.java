package org.liaison.common.address;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Which proxies in front of the service are believed when they say who the client is. */
@ConfigMapping(prefix = "liaison.proxy")
public interface ProxyConfig {

    /** Whether to read X-Forwarded-For at all (TRUST_PROXY); only a request whose peer is a trusted proxy is read. */
    @WithDefault("false")
    boolean trust();

    /** Addresses or CIDR ranges of the trusted proxies (TRUSTED_PROXIES), IPv4 or IPv6. */
    @WithDefault("127.0.0.1")
    List<String> trustedProxies();
}
