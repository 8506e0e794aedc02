package org.liaison.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Live status push: the event streams and their limits. */
@ConfigMapping(prefix = "liaison.push")
public interface PushConfig {

    /** How often an idle stream gets a comment line, so proxies and load balancers keep it open. */
    @WithDefault("20s")
    Duration heartbeat();

    /** Events waiting to be written to one stream; a subscriber further behind is disconnected (it resumes with Last-Event-ID). */
    @WithDefault("256")
    int bufferSize();

    /** Most events replayed to one stream when it opens or resumes; older ones are on the case timeline. */
    @WithDefault("1000")
    int replayLimit();

    /** Open streams this instance serves at most; past it a new stream gets 503. */
    @WithDefault("10000")
    int maxStreams();

    /** Open streams one client address may hold on this instance; past it a new stream gets 429. */
    @WithDefault("20")
    int maxStreamsPerAddress();
}
