package org.liaison.caseflow;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.WatchCounters.Owner;
import org.liaison.caseflow.WatchCounters.Watcher;
import org.liaison.caseflow.events.NoticeListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's memory of the watch revisions, so a poll that finds nothing new is answered without the database.
 * Every bump sends a notice with its new revision when its transaction commits ({@link WatchCounters#bump}); the
 * relay's LISTEN connection brings it here. A watcher not seen yet, or any watcher while the connection is down or
 * just re-established, is read from the database. Revisions only grow, so a late database read never overwrites a
 * newer notice. Entries are trusted for {@link #TRUST} at most, bounding staleness if the connection dies silently.
 */
@ApplicationScoped
public class WatchRevisions implements NoticeListener {

    static final String CHANNEL = "watch_revisions";
    static final Duration TRUST = Duration.ofSeconds(30);
    /** Watchers remembered at most; past it the memory starts over (each watcher costs one read again). */
    static final int MAX_WATCHERS = 200_000;

    private record Known(long revision, Instant since) {
    }

    private final Map<Watcher, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile boolean listening;

    WatchRevisions(Clock clock) {
        this.clock = clock;
    }

    /** The revision if this instance knows it for sure, else null (read the database). */
    Long known(Watcher watcher) {
        Known entry = listening ? known.get(watcher) : null;
        return entry == null || entry.since().plus(TRUST).isBefore(clock.instant()) ? null : entry.revision();
    }

    /** Remembers a revision read from the database, unless a newer one is known. */
    void read(Watcher watcher, long revision) {
        if (listening) {
            remember(watcher, revision);
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        String[] parts = payload.split(":");
        try {
            remember(new Watcher(Owner.valueOf(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (RuntimeException malformed) {
            Log.warnf("Ignored a notice on %s that is not owner:id:revision", CHANNEL);
        }
    }

    @Override
    public void listening() {
        known.clear();
        listening = true;
    }

    @Override
    public void deaf() {
        listening = false;
        known.clear();
    }

    private void remember(Watcher watcher, long revision) {
        if (known.size() >= MAX_WATCHERS) {
            known.clear();
        }
        Instant now = clock.instant();
        known.merge(watcher, new Known(revision, now),
                (old, fresh) -> fresh.revision() >= old.revision() ? fresh : new Known(old.revision(), now));
    }
}
