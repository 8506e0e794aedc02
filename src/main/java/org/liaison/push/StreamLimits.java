package org.liaison.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.liaison.common.limit.LeaseLimit;
import org.liaison.common.limit.SharedLimits;
import org.liaison.common.problem.ProblemException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many streams are open: on this instance overall (its own capacity), and per client address across all
 * instances (an expiring lease in PostgreSQL, see LeaseLimit). Each stream holds a permit from before it subscribes
 * until it ends, however it ends; a dead instance's leases expire.
 */
@ApplicationScoped
public class StreamLimits {

    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(10);

    private final PushConfig config;
    private final AtomicInteger open = new AtomicInteger();
    private final LeaseLimit perAddress;

    @Inject
    StreamLimits(PushConfig config, SharedLimits limits) {
        this(config, limits.leases("stream-address", config.maxStreamsPerAddress()));
    }

    StreamLimits(PushConfig config, LeaseLimit perAddress) {
        this.config = config;
        this.perAddress = perAddress;
    }

    /** A held stream slot; releasing it twice is harmless. */
    public final class Permit {
        private final LeaseLimit.Lease lease;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(LeaseLimit.Lease lease) {
            this.lease = lease;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
                lease.release();
            }
        }
    }

    /** Takes a slot for the address, or answers 429 (this address has too many anywhere) or 503 (this instance is full). Blocks. */
    public Permit acquire(String address) {
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw new ProblemException(503, "too-many-streams", "Service busy",
                    "This server holds as many live streams as it can. Try again shortly, or poll instead.",
                    null, null, Duration.ofSeconds(10));
        }
        LeaseLimit.Lease lease;
        try {
            // called on a worker thread (PushStreams), so waiting for the table is allowed
            lease = perAddress.acquire(address).await().atMost(LEASE_TIMEOUT).orElse(null);
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
        if (lease == null) {
            open.decrementAndGet();
            throw ProblemException.tooManyRequests("This address already holds " + config.maxStreamsPerAddress()
                    + " live streams, the most allowed. Close one before opening another.", Duration.ofSeconds(10));
        }
        return new Permit(lease);
    }

    /** Streams open now. */
    public int open() {
        return open.get();
    }
}
