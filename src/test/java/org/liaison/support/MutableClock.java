package org.liaison.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service clock in tests: the system time plus an offset tests move forward, in the configured zone. As an
 * enabled alternative it replaces ClockProducer's clock for every bean; tests that move it reset it afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    MutableClock(LiaisonConfig config) {
        this.zone = config.zone();
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
