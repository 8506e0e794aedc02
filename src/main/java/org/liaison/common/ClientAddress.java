package org.liaison.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address. Quarkus replaces the socket address with the forwarded one only when the
 * request came through a trusted proxy (quarkus.http.proxy.*), so a client cannot spoof it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }
}
