package org.liaison.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Statistics settings. */
@ConfigMapping(prefix = "liaison.stats")
public interface StatsConfig {

    /**
     * Keep the rollups in each case's transaction (STATS_LIVE_ROLLUPS). Off only for benchmarks and bulk loads: the
     * rollups then miss every event until {@code POST /api/admin/stats/rebuild} runs, which must follow.
     */
    @WithDefault("true")
    boolean liveRollups();

    /**
     * How often each instance closes the months that are due (sums a past month's daily rollups into one row per key,
     * an hour after the month ended); "off" disables it.
     */
    @WithDefault("10m")
    String closeMonthsEvery();

    /** How long an instance reuses a venue's public record (the venue page's block) before reading it again. */
    @WithDefault("60s")
    Duration publicRecordCache();

    /** Fewest rated cases for the venue page to show a satisfaction rate; below it the page says there are too few. */
    @WithDefault("5")
    int publicRecordMinimumRated();
}
