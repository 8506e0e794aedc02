package org.liaison.caseflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Case flow settings. */
@ConfigMapping(prefix = "liaison.caseflow")
public interface CaseFlowConfig {

    /** How many times an unsatisfied rating may reopen a case; past that it closes as unsatisfied. */
    @WithDefault("2")
    int maxReopenings();

    /** How long a resident has to rate a response before the case closes as unrated. */
    @WithDefault("P7D")
    Duration ratingWindow();

    /** Submissions per minute from one client address; 0 turns the limit off (load tests). */
    @WithDefault("10")
    int submitRateLimitPerMinute();

    /** How long after closing a case its resident's name and phone number are kept before being scrubbed. */
    @WithDefault("P180D")
    Duration retention();

    /** How long a submission's Idempotency-Key is remembered: a retry within it replays, a reuse after it is new. */
    @WithDefault("PT24H")
    Duration idempotencyLifetime();

    /** How often the deadline sweep (escalation, overdue, unrated closing, retention) runs. */
    @WithDefault("60s")
    String sweepEvery();
}
