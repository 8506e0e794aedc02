package org.liaison.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One clock for the whole service, in the configured zone, so tests can replace it and move time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(LiaisonConfig config) {
        return Clock.system(config.zone());
    }
}
