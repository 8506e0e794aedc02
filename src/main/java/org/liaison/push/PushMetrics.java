package org.liaison.push;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open streams, events pushed and push lag (event recorded → written to the stream), by kind of stream. */
@ApplicationScoped
public class PushMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Counter> pushed = new ConcurrentHashMap<>();
    private final Timer lag;

    PushMetrics(MeterRegistry registry, StreamLimits limits, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("liaison.push.streams.open", limits, StreamLimits::open)
                .description("Live event streams open on this instance").register(registry);
        this.lag = Timer.builder("liaison.push.lag")
                .description("From a case event being recorded to its being written to a live stream")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    /** Counts an event written to a stream; live ones (not replayed) also count toward the lag. */
    void pushed(String kind, Instant recordedAt, boolean live) {
        pushed.computeIfAbsent(kind, k -> Counter.builder("liaison.push.events")
                .description("Case events written to live streams").tag("stream", k).register(registry)).increment();
        if (live) {
            lag.record(Duration.between(recordedAt, clock.instant()).abs());
        }
    }
}
