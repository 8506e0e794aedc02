package org.liaison.caseflow.events;

import io.quarkus.logging.Log;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Notices (LISTEN/NOTIFY) announced after the transaction that caused them has committed, gathered per instance:
 * at most one NOTIFY transaction is under way at a time, and whatever commits meanwhile goes out together in the
 * next one. A NOTIFY holds a database-wide lock from its commit until that commit is flushed to disk, so one per
 * submission would make all submissions commit one after another (V20); gathered, busy instances send a few a
 * flush period each and the submissions commit in parallel. A notice lost with its instance (killed between commit
 * and NOTIFY) is made good by the listeners' catch-up: the relay reloads from the table on the next notice or
 * reconnection, and remembered poll revisions are trusted for a bounded time.
 */
@ApplicationScoped
public class CommitNotices {

    private static final String NOTIFY = "select count(pg_notify(channel, payload)) from"
            + " unnest(cast($1 as text[]), cast($2 as text[])) as notice (channel, payload)";

    private final Pool pool;
    private List<String> channels = new ArrayList<>();
    private List<String> payloads = new ArrayList<>();
    private boolean sending;

    CommitNotices(Pool pool) {
        this.pool = pool;
    }

    /** Announces {@code payload} on {@code channel}; call only once the transaction it tells of has committed. */
    public void send(String channel, String payload) {
        synchronized (this) {
            channels.add(channel);
            payloads.add(payload);
            if (sending) {
                return;
            }
            sending = true;
        }
        flush();
    }

    private void flush() {
        String[] channelArray;
        String[] payloadArray;
        synchronized (this) {
            if (channels.isEmpty()) {
                sending = false;
                return;
            }
            channelArray = channels.toArray(String[]::new);
            payloadArray = payloads.toArray(String[]::new);
            channels = new ArrayList<>();
            payloads = new ArrayList<>();
        }
        pool.preparedQuery(NOTIFY).execute(Tuple.of(channelArray, payloadArray)).subscribe().with(
                sent -> flush(),
                failure -> {
                    Log.warnf("%d notices could not be sent (%s); listeners catch up when they reconnect",
                            channelArray.length, failure.getMessage());
                    flush();
                });
    }
}
