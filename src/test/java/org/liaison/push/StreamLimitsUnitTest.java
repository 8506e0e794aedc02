package org.liaison.push;

import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream slots per address (429) and per instance (503). */
class StreamLimitsUnitTest {

    private final StreamLimits limits = new StreamLimits(config(3, 2));

    @Test
    void anAddressPastItsLimitGets429AndAReleasedSlotComesBack() {
        StreamLimits.Permit first = limits.acquire("10.0.0.1");
        limits.acquire("10.0.0.1");
        assertThatThrownBy(() -> limits.acquire("10.0.0.1")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(429));
        first.release();
        first.release();
        limits.acquire("10.0.0.1");
        assertThat(limits.open()).isEqualTo(2);
    }

    @Test
    void theInstancePastItsLimitGets503() {
        limits.acquire("10.0.0.1");
        limits.acquire("10.0.0.2");
        limits.acquire("10.0.0.3");
        assertThatThrownBy(() -> limits.acquire("10.0.0.4")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(limits.open()).isEqualTo(3);
    }

    static PushConfig config(int maxStreams, int perAddress) {
        return new PushConfig() {
            public Duration heartbeat() {
                return Duration.ofSeconds(20);
            }

            public int bufferSize() {
                return 256;
            }

            public int replayLimit() {
                return 1000;
            }

            public int maxStreams() {
                return maxStreams;
            }

            public int maxStreamsPerAddress() {
                return perAddress;
            }

            public Duration reconnectInterval() {
                return Duration.ofSeconds(1);
            }

            public int catchUpBatch() {
                return 500;
            }

            public Duration gapPatience() {
                return Duration.ofMinutes(2);
            }

            public String ticketKey() {
                return "ZGV2LW9ubHktc3RyZWFtLXRpY2tldC1rZXktMzJieXQ=";
            }

            public Duration ticketLifetime() {
                return Duration.ofMinutes(2);
            }
        };
    }
}
