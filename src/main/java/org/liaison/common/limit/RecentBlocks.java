package org.liaison.common.limit;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory pre-filter of a limit: keys this instance already saw refused, until their window ends, so a flood
 * from one address costs no database round trip. Bounded: expired entries go first, and past the cap the memory
 * starts over, which only means the table is asked again.
 */
final class RecentBlocks {

    private final int capacity;
    private final ConcurrentHashMap<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    RecentBlocks(int capacity) {
        this.capacity = capacity;
    }

    Optional<Instant> blockedUntil(String key, Instant now) {
        Instant until = blockedUntil.get(key);
        if (until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(now)) {
            blockedUntil.remove(key, until);
            return Optional.empty();
        }
        return Optional.of(until);
    }

    void block(String key, Instant until, Instant now) {
        if (blockedUntil.size() >= capacity) {
            blockedUntil.values().removeIf(end -> !end.isAfter(now));
            if (blockedUntil.size() >= capacity) {
                blockedUntil.clear();
            }
        }
        blockedUntil.put(key, until);
    }

    void forget(String key) {
        blockedUntil.remove(key);
    }

    int size() {
        return blockedUntil.size();
    }
}
