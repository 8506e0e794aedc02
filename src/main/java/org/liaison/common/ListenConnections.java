package org.liaison.common;

import io.vertx.pgclient.PgConnectOptions;

import java.util.Optional;

/** Connection options for a dedicated LISTEN connection, from the reactive datasource's settings. */
public final class ListenConnections {

    private ListenConnections() {
    }

    public static PgConnectOptions options(String reactiveUrl, String username, Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl.replaceFirst("^vertx-reactive:", ""));
        // Settings meant for the JDBC driver (the embedded database's stringtype) are no server parameters.
        options.getProperties().remove("stringtype");
        options.setUser(username);
        password.ifPresent(options::setPassword);
        return options;
    }
}
