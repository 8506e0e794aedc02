package org.liaison.caseflow.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * The time a case is given: to be accepted and resolved (from its category's accept and resolve hours), and for
 * the resident to rate a response (configured once for all cases).
 */
public record ServiceLevel(Duration acceptWithin, Duration resolveWithin, Duration rateWithin) {

    public ServiceLevel {
        requirePositive(acceptWithin, "acceptWithin");
        requirePositive(resolveWithin, "resolveWithin");
        requirePositive(rateWithin, "rateWithin");
    }

    /** From a category's accept_hours and resolve_hours and the configured rating window. */
    public static ServiceLevel ofHours(int acceptHours, int resolveHours, Duration rateWithin) {
        return new ServiceLevel(Duration.ofHours(acceptHours), Duration.ofHours(resolveHours), rateWithin);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
