package org.liaison.caseflow.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which committed events the listener has dispatched. Ids come from one sequence but transactions commit in any
 * order: when event 11 commits before event 10, 10 is remembered as a gap and dispatched when it commits, instead
 * of being skipped by a plain high-water mark. Gaps of transactions that rolled back are forgotten after a while.
 * Not thread-safe: the listener serialises its calls.
 */
final class DispatchCursor {

    /** Most gaps remembered at once: a jump past this (a burst of rollbacks) keeps only the newest ids. */
    static final int MAX_GAPS = 10_000;

    private final Duration patience;
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private long watermark;

    DispatchCursor(long watermark, Duration patience) {
        this.watermark = watermark;
        this.patience = patience;
    }

    long watermark() {
        return watermark;
    }

    /** True when a notification about this id may bring something not dispatched yet. */
    boolean wants(long eventId) {
        return eventId > watermark || gaps.containsKey(eventId);
    }

    /** The ids still awaited, after forgetting those awaited longer than the patience. */
    Set<Long> awaited(Instant now) {
        gaps.values().removeIf(since -> since.plus(patience).isBefore(now));
        return new TreeSet<>(gaps.keySet());
    }

    /** Takes loaded events (id order) and returns those never dispatched before, in order; records new gaps. */
    List<CaseEventRecord> accept(Collection<CaseEventRecord> loaded, Instant now) {
        List<CaseEventRecord> fresh = new ArrayList<>(loaded.size());
        for (CaseEventRecord event : loaded) {
            long id = event.id();
            if (id <= watermark) {
                if (gaps.remove(id) != null) {
                    fresh.add(event);
                }
                continue;
            }
            for (long missing = Math.max(watermark + 1, id - MAX_GAPS); missing < id; missing++) {
                gaps.put(missing, now);
            }
            watermark = id;
            fresh.add(event);
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.remove(gaps.keySet().iterator().next());
        }
        return fresh;
    }
}
