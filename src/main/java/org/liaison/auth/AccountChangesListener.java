package org.liaison.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.common.ListenConnections;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * This instance's LISTEN connection for {@link AccountChangeNotifier#CHANNEL}. Each notification is applied to
 * the in-memory revocation check as it arrives; after every (re)subscription the whole state is read again from
 * the tables, so a change committed while the connection was down is not missed. That read, at start and after
 * a reconnect, is the only database read the check ever makes.
 */
@ApplicationScoped
public class AccountChangesListener {

    private final Vertx vertx;
    private final Pool pool;
    private final AccessRevocations revocations;
    private final AuthConfig config;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    AccountChangesListener(Vertx vertx, Pool pool, AccessRevocations revocations, AuthConfig config,
                           @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String username,
                           @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.revocations = revocations;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        // Before the first request: tokens revoked while this instance was down must not count.
        reload().await().indefinitely();
        long interval = config.listenReconnectInterval().toMillis();
        subscriber = PgSubscriber.subscriber(vertx, ListenConnections.options("account-changes", url, username, password))
                .reconnectPolicy(attempt -> interval);
        subscriber.closeHandler(() -> Log.warn("The LISTEN connection for account changes closed"));
        subscriber.channel(AccountChangeNotifier.CHANNEL)
                .subscribeHandler(() -> reload().subscribe().with(ignored -> { },
                        failure -> Log.warnf("Could not reload revoked tokens (%s)", failure.getMessage())))
                .handler(this::notified);
        vertx.setPeriodic(Math.max(1000, config.tokenLifetime().toMillis() / 4), ignored -> revocations.forgetExpired());
        connect();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    private void connect() {
        subscriber.connect().subscribe().with(
                connected -> Log.infof("Token revocation listens on channel %s", AccountChangeNotifier.CHANNEL),
                failure -> {
                    Log.warnf("Token revocation cannot LISTEN yet (%s); retrying", failure.getMessage());
                    vertx.setTimer(config.listenReconnectInterval().toMillis(), ignored -> connect());
                });
    }

    private void notified(String payload) {
        RevocationChange.parse(payload).ifPresentOrElse(revocations::apply,
                () -> Log.warnf("Ignored a notification on %s that is no account change", AccountChangeNotifier.CHANNEL));
    }

    private Uni<Void> reload() {
        // Measured like the JWT library measures expiry: on the system clock (see AccessRevocations).
        Instant since = Instant.now().minus(config.tokenLifetime());
        Uni<Map<Long, Integer>> generations = pool
                .query("select id, token_generation from account where token_generation > 0").execute()
                .map(rows -> {
                    Map<Long, Integer> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(row.getLong(0), row.getInteger(1));
                    }
                    return found;
                });
        Uni<Map<Long, Instant>> ended = pool
                .preparedQuery("select id, revoked_at from auth_session where revoked_at > $1")
                .execute(Tuple.of(OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC)))
                .map(rows -> {
                    Map<Long, Instant> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(row.getLong(0), row.getOffsetDateTime(1).toInstant());
                    }
                    return found;
                });
        return Uni.combine().all().unis(generations, ended).asTuple()
                .invoke(both -> revocations.reload(both.getItem1(), both.getItem2()))
                .replaceWithVoid();
    }
}
