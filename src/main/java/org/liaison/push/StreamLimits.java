package org.liaison.push;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many streams are open on this instance, overall and per client address. Each stream holds a permit from
 * before it subscribes until it ends, however it ends.
 */
@ApplicationScoped
public class StreamLimits {

    private final PushConfig config;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();

    StreamLimits(PushConfig config) {
        this.config = config;
    }

    /** A held stream slot; releasing it twice is harmless. */
    public final class Permit {
        private final String address;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String address) {
            this.address = address;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
                byAddress.computeIfPresent(address, (key, count) -> count.decrementAndGet() == 0 ? null : count);
            }
        }
    }

    /** Takes a slot for the address, or answers 429 (this address has too many) or 503 (this instance is full). */
    public Permit acquire(String address) {
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw new ProblemException(503, "too-many-streams", "Service busy",
                    "This server holds as many live streams as it can. Try again shortly, or poll instead.",
                    null, null, Duration.ofSeconds(10));
        }
        AtomicInteger mine = byAddress.compute(address, (key, count) -> {
            AtomicInteger counter = count == null ? new AtomicInteger() : count;
            counter.incrementAndGet();
            return counter;
        });
        if (mine.get() > config.maxStreamsPerAddress()) {
            new Permit(address).release();
            throw ProblemException.tooManyRequests("This address already holds " + config.maxStreamsPerAddress()
                    + " live streams, the most allowed. Close one before opening another.", Duration.ofSeconds(10));
        }
        return new Permit(address);
    }

    /** Streams open now. */
    public int open() {
        return open.get();
    }
}
