package org.liaison.caseflow.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The relay of committed case events: its LISTEN connection and how it catches up. */
@ConfigMapping(prefix = "liaison.case-events")
public interface CaseEventsConfig {

    /** Wait between attempts to re-establish the LISTEN connection after it was lost. */
    @WithDefault("1s")
    Duration reconnectInterval();

    /** Events loaded per query when the relay catches up after an outage. */
    @WithDefault("500")
    int catchUpBatch();

    /**
     * How long an event id skipped by a newer commit is awaited: it belongs to a transaction still running,
     * or to one rolled back (then it never comes).
     */
    @WithDefault("2m")
    Duration gapPatience();
}
