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
 * A watcher bumped by a transaction on this instance is read from the database until that bump's notice arrives
 * (or {@link #PENDING_AT_MOST} passed, for a transaction that rolled back): whoever just changed a case and polls at
 * once sees the change, without waiting for the notice.
 */
@ApplicationScoped
public class WatchRevisions implements NoticeListener {

    static final String CHANNEL = "watch_revisions";
    static final Duration TRUST = Duration.ofSeconds(30);
    static final Duration PENDING_AT_MOST = Duration.ofSeconds(5);
    /** Watchers remembered at most; past it the memory starts over (each watcher costs one read again). */
    static final int MAX_WATCHERS = 200_000;

    private record Known(long revision, Instant since) {
    }

    private record Pending(int bumps, Instant since) {
    }

    private final Map<Watcher, Known> known = new ConcurrentHashMap<>();
    private final Map<Watcher, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile boolean listening;

    WatchRevisions(Clock clock) {
        this.clock = clock;
    }

    /** The revision if this instance knows it for sure, else null (read the database). */
    Long known(Watcher watcher) {
        Pending bumped = pending.get(watcher);
        if (bumped != null && bumped.since().plus(PENDING_AT_MOST).isAfter(clock.instant())) {
            return null;
        }
        Known entry = listening ? known.get(watcher) : null;
        return entry == null || entry.since().plus(TRUST).isBefore(clock.instant()) ? null : entry.revision();
    }

    /** A transaction on this instance bumps the watcher: until its notice comes, ask the database. */
    void bumping(Watcher watcher) {
        Instant now = clock.instant();
        pending.merge(watcher, new Pending(1, now), (old, fresh) -> new Pending(old.bumps() + 1, now));
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
            Watcher watcher = new Watcher(Owner.valueOf(parts[0]), Long.parseLong(parts[1]));
            remember(watcher, Long.parseLong(parts[2]));
            pending.computeIfPresent(watcher, (w, bumped) -> bumped.bumps() <= 1 ? null : new Pending(bumped.bumps() - 1, bumped.since()));
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
        if (pending.size() >= MAX_WATCHERS) {
            pending.clear();
        }
        Instant now = clock.instant();
        known.merge(watcher, new Known(revision, now),
                (old, fresh) -> fresh.revision() >= old.revision() ? fresh : new Known(old.revision(), now));
    }
}
