package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.limit.SharedLimits;
import org.liaison.common.problem.ProblemException;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream slots per address (429, leased in the shared table under a scope of each test's own) and per instance (503). */
@QuarkusTest
class StreamLimitsUnitTest {

    @Inject
    SharedLimits shared;

    private StreamLimits limits;

    @BeforeEach
    void limitsOfThreeAndTwo() {
        limits = new StreamLimits(config(3, 2), shared.leases("test-streams-" + UUID.randomUUID(), 2));
    }

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
