package org.liaison.common.limit;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} things held at once per key (open streams per address), for the whole deployment, as
 * expiring leases in PostgreSQL. What this instance holds is also counted in memory: a key already at its limit
 * here is refused without asking the table.
 */
public final class LeaseLimit {

    private static final int RACE_RETRIES = 3;

    private final String scope;
    private final int limit;
    private final LeaseTable table;
    private final UUID holder;
    private final Duration ttl;
    private final Map<String, AtomicInteger> heldHere = new ConcurrentHashMap<>();
    /** Releases of this instance still on their way to the table: a new stream of the key waits for them. */
    private final Map<String, CompletableFuture<Void>> releasing = new ConcurrentHashMap<>();

    LeaseLimit(String scope, int limit, LeaseTable table, UUID holder, Duration ttl) {
        this.scope = scope;
        this.limit = limit;
        this.table = table;
        this.holder = holder;
        this.ttl = ttl;
    }

    /** A held slot; releasing it twice is harmless. */
    public final class Lease {
        private final String key;
        private final int slot;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(String key, int slot) {
            this.key = key;
            this.slot = slot;
        }

        /** Gives the slot back, without waiting for the table (it may be called on the event loop). */
        public void release() {
            if (released.compareAndSet(false, true)) {
                giveBack(key);
                CompletableFuture<Void> done = table.release(scope, key, slot, holder).subscribeAsCompletionStage();
                releasing.put(key, done);
                done.whenComplete((ok, failure) -> {
                    releasing.remove(key, done);
                    if (failure != null) {
                        Log.warnf("A stream slot could not be released now; it expires within %s", ttl);
                    }
                });
            }
        }
    }

    /** Takes a slot for the key; empty when the key holds its limit across all instances. */
    public Uni<Optional<Lease>> acquire(String key) {
        AtomicInteger here = heldHere.computeIfAbsent(key, k -> new AtomicInteger());
        if (here.incrementAndGet() > limit) {
            giveBack(key);
            return Uni.createFrom().item(Optional.empty());
        }
        CompletableFuture<Void> pending = releasing.get(key);
        Uni<Void> released = pending == null ? Uni.createFrom().voidItem()
                : Uni.createFrom().completionStage(pending).onFailure().recoverWithNull().replaceWithVoid();
        return released.chain(() -> take(key, RACE_RETRIES))
                .onItemOrFailure().invoke((slot, failure) -> {
                    if (failure != null || slot.isEmpty()) {
                        giveBack(key);
                    }
                })
                .map(slot -> slot.map(s -> new Lease(key, s)));
    }

    private Uni<Optional<Integer>> take(String key, int retries) {
        return table.take(scope, key, limit, holder, ttl).flatMap(slot -> {
            if (slot.isPresent() || retries == 0) {
                return Uni.createFrom().item(slot);
            }
            // another instance took the same free slot a moment earlier: try the next one unless the key is full
            return table.held(scope, key).flatMap(held -> held < limit ? take(key, retries - 1)
                    : Uni.createFrom().item(Optional.<Integer>empty()));
        });
    }

    private void giveBack(String key) {
        heldHere.computeIfPresent(key, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    public int limit() {
        return limit;
    }
}
