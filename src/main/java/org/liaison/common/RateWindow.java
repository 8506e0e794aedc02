package org.liaison.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows and says when a key is over its limit and for how long.
 * In memory, per instance: behind a load balancer the effective limit is the limit times the
 * number of instances, which is fine for throttling abuse. The map is pruned so it cannot grow
 * without bound under a flood of distinct keys.
 */
public class RateWindow {

    private static final int PRUNE_THRESHOLD = 50_000;

    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    private record Counter(long windowStart, int count) {
    }

    public RateWindow(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Records one event for the key and returns how many the key has had in its current window. */
    public int record(String key) {
        long now = clock.millis();
        if (counters.size() > PRUNE_THRESHOLD) {
            counters.values().removeIf(c -> now - c.windowStart() >= window.toMillis());
        }
        return counters.compute(key, (k, c) -> c == null || now - c.windowStart() >= window.toMillis()
                ? new Counter(now, 1) : new Counter(c.windowStart(), c.count() + 1)).count();
    }

    /** When the key has reached the limit in its current window: how long until the window ends. */
    public Optional<Duration> blockedFor(String key, int limit) {
        Counter counter = counters.get(key);
        if (counter == null) {
            return Optional.empty();
        }
        long remaining = counter.windowStart() + window.toMillis() - clock.millis();
        if (remaining <= 0 || counter.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(remaining));
    }

    public void reset(String key) {
        counters.remove(key);
    }
}
