package org.liaison.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import org.liaison.common.address.ForwardedFor;
import org.liaison.common.address.Networks;
import org.liaison.common.address.ProxyConfig;

/**
 * The client's address as a rate-limit key (IPv6 as its /64). Resolved here from the socket peer and the raw
 * X-Forwarded-For, not by Quarkus's proxy-address-forwarding, which takes the leftmost entry: the one a client can
 * write itself. See {@link ForwardedFor}.
 */
@Singleton
@Unremovable // looked up by of(), never injected
public class ClientAddress {

    private final Networks trusted;

    ClientAddress(ProxyConfig config) {
        this.trusted = config.trust() ? Networks.of(config.trustedProxies()) : null;
    }

    /** Static entry for the resources that ask; the bean holds the parsed configuration. */
    public static String of(HttpServerRequest request) {
        return Arc.container().instance(ClientAddress.class).get().resolve(request);
    }

    public String resolve(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return ForwardedFor.client(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"),
                trusted);
    }
}
