package org.liaison.push;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.events.CommittedCaseEventListener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's open streams, keyed by audience, and the fan-out of committed events to them: a consumer of the
 * case-event port. The relay calls {@link #committed} from one place at a time; a stream that cannot keep up is
 * dropped, never waited for.
 */
@ApplicationScoped
public class PushHub implements CommittedCaseEventListener {

    private final Map<Audience, Set<LiveFeed>> feeds = new ConcurrentHashMap<>();

    /** Registers a live feed for the audience; it buffers (up to capacity) until subscribed, and unregisters when it ends. */
    LiveFeed register(Audience audience, int capacity) {
        LiveFeed[] holder = new LiveFeed[1];
        LiveFeed feed = new LiveFeed(audience, capacity, () -> unregister(holder[0]));
        holder[0] = feed;
        // Added inside compute: a concurrent unregister may drop the audience's emptied set at any moment.
        feeds.compute(audience, (key, set) -> {
            Set<LiveFeed> subscribers = set == null ? ConcurrentHashMap.newKeySet() : set;
            subscribers.add(feed);
            return subscribers;
        });
        return feed;
    }

    void unregister(LiveFeed feed) {
        feeds.computeIfPresent(feed.audience(), (audience, set) -> {
            set.remove(feed);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void committed(List<CaseEventRecord> events) {
        dispatch(events);
    }

    /** Hands each event to every feed whose audience sees it, in order. */
    public void dispatch(List<CaseEventRecord> events) {
        for (CaseEventRecord event : events) {
            for (Audience audience : Audience.of(event)) {
                Set<LiveFeed> subscribers = feeds.get(audience);
                if (subscribers == null) {
                    continue;
                }
                for (LiveFeed feed : subscribers) {
                    if (!feed.offer(event)) {
                        Log.infof("A %s stream fell too far behind at event %d and was disconnected; it resumes with Last-Event-ID",
                                audience.kind(), event.id());
                        unregister(feed);
                    }
                }
            }
        }
    }

    /** Feeds currently registered. */
    public int size() {
        return feeds.values().stream().mapToInt(Set::size).sum();
    }
}
