package org.liaison.caseflow.intake;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.limit.SharedLimits;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The limiter on the shared counter table (real PostgreSQL), each test under a scope of its own and a clock it moves. */
@QuarkusTest
class SubmissionRateLimiterTest {

    /** A clock that stands still until the test moves it. */
    static final class ManualClock extends Clock {
        // ahead of the real time, so the table's upkeep (on the real clock) never purges these windows mid-test
        private Instant now = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Inject
    SharedLimits limits;

    private final ManualClock clock = new ManualClock();
    private final String scope = "test-submission-" + UUID.randomUUID();
    private SubmissionRateLimiter limiter;

    @BeforeEach
    void limitOfThree() {
        limiter = SubmissionRateLimiter.of(scope, 3, limits, clock);
    }

    private static void admit(SubmissionRateLimiter limiter, String address) {
        limiter.admit(address).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void theLimitPerMinuteIsAdmittedAndTheNextIs429WithTheRestOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            admit(limiter, "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(20));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> admit(limiter, "10.0.0.1"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        assertThat(refused.getMessage()).contains("40 seconds");
    }

    @Test
    void partOfASecondLeftIsRoundedUp() {
        for (int i = 0; i < 3; i++) {
            admit(limiter, "10.0.0.1");
        }
        clock.advance(Duration.ofMillis(59_500));

        assertThat(catchThrowableOfType(ProblemException.class, () -> admit(limiter, "10.0.0.1")).retryAfter())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachAddressHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            admit(limiter, "10.0.0.1");
        }

        assertThatCode(() -> admit(limiter, "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void aNewWindowStartsAfterAMinute() {
        for (int i = 0; i < 3; i++) {
            admit(limiter, "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));

        assertThatCode(() -> admit(limiter, "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void refusedAttemptsStillCountWithinTheWindow() {
        for (int i = 0; i < 3; i++) {
            admit(limiter, "10.0.0.1");
        }
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(catchThrowableOfType(ProblemException.class, () -> admit(limiter, "10.0.0.1")).status()).isEqualTo(429);
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        SubmissionRateLimiter off = SubmissionRateLimiter.of(scope, 0, limits, clock);

        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                admit(off, "10.0.0.1");
            }
        }).doesNotThrowAnyException();
    }
}
