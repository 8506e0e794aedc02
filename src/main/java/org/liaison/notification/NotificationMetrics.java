package org.liaison.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * liaison.notify.sent / failed (an attempt that will be retried) / dead, by channel, and liaison.notify.queue.age:
 * seconds the oldest due message has waited, as this instance's dispatcher last measured it.
 */
@ApplicationScoped
public class NotificationMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicReference<Double> queueAge = new AtomicReference<>(0.0);

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("liaison.notify.queue.age", queueAge, AtomicReference::get).baseUnit("seconds")
                .description("Age of the oldest notification due and not yet delivered").register(registry);
    }

    void sent(String channel) {
        count("sent", channel);
    }

    void failed(String channel) {
        count("failed", channel);
    }

    void dead(String channel) {
        count("dead", channel);
    }

    void queueAge(double seconds) {
        queueAge.set(seconds);
    }

    private void count(String outcome, String channel) {
        counters.computeIfAbsent(outcome + ":" + channel, key -> Counter.builder("liaison.notify." + outcome)
                .description("Notification delivery attempts that ended " + outcome).tag("channel", channel)
                .register(registry)).increment();
    }
}
