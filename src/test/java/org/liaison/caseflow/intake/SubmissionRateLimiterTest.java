package org.liaison.caseflow.intake;

import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionRateLimiterTest {

    /** A clock that stands still until the test moves it. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T08:00:00Z");

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

    private final ManualClock clock = new ManualClock();
    private final SubmissionRateLimiter limiter = new SubmissionRateLimiter(3, clock);

    @Test
    void theLimitPerMinuteIsAdmittedAndTheNextIs429WithTheRestOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(20));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limiter.admit("10.0.0.1"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        assertThat(refused.getMessage()).contains("40 seconds");
    }

    @Test
    void partOfASecondLeftIsRoundedUp() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1");
        }
        clock.advance(Duration.ofMillis(59_500));

        assertThat(catchThrowableOfType(ProblemException.class, () -> limiter.admit("10.0.0.1")).retryAfter())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachAddressHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1");
        }

        assertThatCode(() -> limiter.admit("10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void aNewWindowStartsAfterAMinute() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));

        assertThatCode(() -> limiter.admit("10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void refusedAttemptsStillCountWithinTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1");
        }
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(catchThrowableOfType(ProblemException.class, () -> limiter.admit("10.0.0.1")).status()).isEqualTo(429);
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        SubmissionRateLimiter off = new SubmissionRateLimiter(0, clock);

        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                off.admit("10.0.0.1");
            }
        }).doesNotThrowAnyException();
    }
}
