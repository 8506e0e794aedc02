package org.liaison.common.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The shared limits' upkeep. */
@ConfigMapping(prefix = "liaison.limits")
public interface LimitsConfig {

    /**
     * How long a stream slot stays taken without renewal (STREAM_LEASE_TTL). Live instances renew theirs every third
     * of it; the slots of an instance that died are free again after at most this long.
     */
    @WithDefault("60s")
    Duration leaseTtl();

    /** Most keys each limit remembers in memory as blocked; past it the memory starts over (the table decides). */
    @WithDefault("100000")
    int memoryEntries();
}
