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

    /** Events read per page when a stream resumes; pages follow one another until the stream has caught up. */
    @WithDefault("1000")
    int replayLimit();

    /** Open streams this instance serves at most; past it a new stream gets 503. */
    @WithDefault("10000")
    int maxStreams();

    /** Open streams one client address may hold on this instance; past it a new stream gets 429. */
    @WithDefault("20")
    int maxStreamsPerAddress();

    /** Base64 key (at least 32 bytes) signing stream tickets (STREAM_TICKET_KEY); every instance must share it. */
    String ticketKey();

    /** How long a stream ticket opens its case's stream; the page asks for a fresh one when it reconnects. */
    @WithDefault("PT2M")
    Duration ticketLifetime();
}
