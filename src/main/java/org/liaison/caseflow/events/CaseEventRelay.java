package org.liaison.caseflow.events;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.common.ListenConnections;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read side of the case-event port on this instance: its single LISTEN connection. A notification carries an
 * event id; the relay loads every committed event it has not delivered up to that id in one query and hands them,
 * in id order, to every {@link CommittedCaseEventListener}. After each (re)subscription it catches up from the
 * table, so events committed while the connection was down are still delivered. Loads run one at a time;
 * notifications arriving meanwhile are folded into the next load.
 */
@ApplicationScoped
public class CaseEventRelay {

    /** The channel every instance listens on; the payload is the event id, sent by a trigger on case_event (V18). */
    static final String CHANNEL = "case_events";

    private final Vertx vertx;
    private final CaseEventLog events;
    private final List<CommittedCaseEventListener> listeners;
    private final List<NoticeListener> notices;
    private final CaseEventsConfig config;
    private final Clock clock;
    private final String url;
    private final String username;
    private final Optional<String> password;

    private PgSubscriber subscriber;
    private DispatchCursor cursor;
    private boolean loading;
    private boolean catchUp;
    private int subscriptions;
    private long notifiedUpTo;
    private final Set<Long> notifiedGaps = new TreeSet<>();

    CaseEventRelay(Vertx vertx, CaseEventLog events, Instance<CommittedCaseEventListener> listeners,
                   Instance<NoticeListener> notices,
                   CaseEventsConfig config, Clock clock,
                 @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                 @ConfigProperty(name = "quarkus.datasource.username") String username,
                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.events = events;
        this.listeners = listeners.stream().toList();
        this.notices = notices.stream().toList();
        this.config = config;
        this.clock = clock;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        long latest = events.latestId().await().indefinitely();
        synchronized (this) {
            cursor = new DispatchCursor(latest, config.gapPatience());
        }
        subscriber = PgSubscriber.subscriber(vertx, ListenConnections.options("case-events", url, username, password))
                .reconnectPolicy(attempt -> config.reconnectInterval().toMillis());
        subscriber.closeHandler(() -> {
            Log.warn("The LISTEN connection for case events closed");
            notices.forEach(NoticeListener::deaf);
        });
        for (NoticeListener notice : notices) {
            subscriber.channel(notice.channel()).subscribeHandler(notice::listening).handler(notice::notified);
        }
        subscriber.channel(CHANNEL)
                .subscribeHandler(this::caughtUpAfterSubscribing)
                .handler(this::notified);
        connect();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    private void connect() {
        subscriber.connect().subscribe().with(
                connected -> Log.infof("Case events: listening on channel %s from event %d",
                        CHANNEL, watermark()),
                failure -> {
                    Log.warnf("Case events: cannot LISTEN yet (%s); retrying", failure.getMessage());
                    vertx.setTimer(config.reconnectInterval().toMillis(), ignored -> connect());
                });
    }

    /** Where the relay stands: every committed event up to here (gaps aside) has been delivered. */
    public synchronized long watermark() {
        return cursor == null ? 0 : cursor.watermark();
    }

    private void caughtUpAfterSubscribing() {
        long from;
        synchronized (this) {
            catchUp = true;
            from = cursor.watermark();
            subscriptions++;
        }
        if (subscriptions > 1) {
            Log.infof("Case events: listening again; catching up from event %d", from);
        }
        pump();
    }

    private void notified(String payload) {
        long id;
        try {
            id = Long.parseLong(payload.trim());
        } catch (NumberFormatException e) {
            Log.warnf("Ignored a notification on %s that is not an event id", CHANNEL);
            return;
        }
        synchronized (this) {
            if (!cursor.wants(id)) {
                return;
            }
            if (id > cursor.watermark()) {
                notifiedUpTo = Math.max(notifiedUpTo, id);
            } else {
                notifiedGaps.add(id);
            }
        }
        pump();
    }

    private void pump() {
        long after;
        long upTo;
        Set<Long> awaited;
        boolean catchingUp;
        synchronized (this) {
            if (loading) {
                return;
            }
            catchingUp = catchUp;
            if (catchingUp) {
                upTo = Long.MAX_VALUE;
                awaited = cursor.awaited(clock.instant());
            } else if (notifiedUpTo > cursor.watermark() || !notifiedGaps.isEmpty()) {
                upTo = Math.max(notifiedUpTo, cursor.watermark());
                awaited = new TreeSet<>(notifiedGaps);
            } else {
                return;
            }
            after = cursor.watermark();
            catchUp = false;
            notifiedGaps.clear();
            loading = true;
        }
        int limit = config.catchUpBatch();
        events.committed(after, upTo, awaited, limit).subscribe().with(loaded -> {
            List<CaseEventRecord> fresh;
            synchronized (this) {
                fresh = cursor.accept(loaded, clock.instant());
                loading = false;
                catchUp |= catchingUp && loaded.size() == limit;
            }
            deliver(fresh);
            pump();
        }, failure -> {
            Log.warnf("Case events: could not load events after %d (%s); retrying", after, failure.getMessage());
            synchronized (this) {
                loading = false;
                catchUp = true;
            }
            vertx.setTimer(config.reconnectInterval().toMillis(), ignored -> pump());
        });
    }

    private void deliver(List<CaseEventRecord> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        for (CommittedCaseEventListener listener : listeners) {
            try {
                listener.committed(fresh);
            } catch (RuntimeException e) {
                // one consumer's bug must not starve the others, nor stop the relay
                Log.errorf(e, "Case events: %s failed on events up to %d", listener.getClass().getSimpleName(),
                        fresh.get(fresh.size() - 1).id());
            }
        }
    }
}
