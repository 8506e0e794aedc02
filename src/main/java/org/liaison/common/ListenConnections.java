package org.liaison.common;

import io.vertx.pgclient.PgConnectOptions;

import java.util.Optional;

/** Connection options for a dedicated LISTEN connection, from the reactive datasource's settings. */
public final class ListenConnections {

    private ListenConnections() {
    }

    /** {@code purpose} names the connection's client metrics ({@code clientName=listen-…}), apart from the pool's. */
    public static PgConnectOptions options(String purpose, String reactiveUrl, String username, Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl.replaceFirst("^vertx-reactive:", ""));
        // Settings meant for the JDBC driver (the embedded database's stringtype) are no server parameters.
        options.getProperties().remove("stringtype");
        options.setUser(username);
        password.ifPresent(options::setPassword);
        options.setMetricsName("listen-" + purpose);
        return options;
    }
}
