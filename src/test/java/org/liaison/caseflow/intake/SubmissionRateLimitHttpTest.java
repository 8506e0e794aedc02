package org.liaison.caseflow.intake;

import org.liaison.caseflow.tracking.CaseRows;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.limit.SharedLimits;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/**
 * The limit through HTTP. Tests run with the limit off (0), so this test alone swaps in a limiter of 3 per minute
 * (QuarkusMock, for this test method only) instead of starting Quarkus again under another profile.
 */
@QuarkusTest
class SubmissionRateLimitHttpTest {

    @Inject
    CaseRows rows;

    @Inject
    SharedLimits limits;

    @BeforeEach
    void limitOfThree() {
        QuarkusMock.installMockForType(SubmissionRateLimiter.of("test-submission-http-" + java.util.UUID.randomUUID(), 3,
                limits, java.time.Clock.systemUTC()), SubmissionRateLimiter.class);
    }

    @Test
    void aFloodFromOneAddressGets429WithRetryAfterAndMakesNoCase() {
        long venue = venue("HOME", null);
        String code = venueCode(venue);
        Map<String, Object> body = submission(category(), "刷屏");
        for (int i = 0; i < 3; i++) {
            submitAtVenue(code, body).then().statusCode(201);
        }

        var refused = submitAtVenue(code, body);

        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(rows.countAtVenue(venue)).isEqualTo(3);
    }
}
