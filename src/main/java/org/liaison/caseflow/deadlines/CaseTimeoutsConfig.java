package org.liaison.caseflow.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a case may wait before the sweep closes it as EXPIRED (and retention later scrubs it). */
@ConfigMapping(prefix = "liaison.caseflow.timeout")
public interface CaseTimeoutsConfig {

    /** How long a case may wait for the resident's answer in AWAITING_INFO (CASE_AWAITING_INFO_TIMEOUT). */
    @WithDefault("P30D")
    Duration awaitingInfo();

    /** How long a case may sit in the administrators' queue without anyone accepting it (CASE_QUEUE_TIMEOUT). */
    @WithDefault("P30D")
    Duration queue();
}
