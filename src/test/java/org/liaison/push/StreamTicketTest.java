package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.push.SseClient.Message;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The secret never goes in a URL: the page exchanges it (header, POST) for a short-lived ticket for one stream. */
@QuarkusTest
class StreamTicketTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    CaseWorkflow workflow;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String ticket(PushCases.Case c) {
        return given().header("X-Case-Secret", c.secret())
                .post("/api/public/cases/" + c.trackingCode() + "/events/tickets")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("expiresAt", notNullValue())
                .extract().path("ticket");
    }

    private static SseClient open(PushCases.Case c, String query) {
        return SseClient.open(RestAssured.port, "/api/public/cases/" + c.trackingCode() + "/events?" + query, Map.of());
    }

    @Test
    void aTicketOpensThatCasesStreamAndNothingElse() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        PushCases.Case other = cases.submit(venue);
        String ticket = ticket(c);
        assertThat(ticket).doesNotContain(c.secret());
        try (SseClient stream = open(c, "ticket=" + ticket)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.events(2, WAIT)).extracting(Message::event).containsExactly("SUBMITTED", "ROUTE");
        }
        // not another case's stream, not tampered, not the secret itself in the query any more
        try (SseClient wrongCase = open(other, "ticket=" + ticket)) {
            assertThat(wrongCase.status()).isEqualTo(404);
        }
        String tampered = ticket.substring(0, ticket.length() - 2) + (ticket.endsWith("A") ? "BB" : "AA");
        try (SseClient forged = open(c, "ticket=" + tampered)) {
            assertThat(forged.status()).isEqualTo(404);
        }
        try (SseClient bySecret = open(c, "secret=" + c.secret())) {
            assertThat(bySecret.status()).isEqualTo(404);
        }
        given().header("X-Case-Secret", CaseSecrets.issue().secret())
                .post("/api/public/cases/" + c.trackingCode() + "/events/tickets").then().statusCode(404)
                .body("status", equalTo(404));
        given().post("/api/public/cases/" + c.trackingCode() + "/events/tickets").then().statusCode(404);
    }

    @Test
    void aTicketExpires() throws Throwable {
        PushCases.Case c = new PushCases(workflow).submit(PushCases.venueWithDeputy());
        String ticket = ticket(c);
        clock.advance(Duration.ofMinutes(6));
        try (SseClient late = open(c, "ticket=" + ticket)) {
            assertThat(late.status()).isEqualTo(404);
        }
    }
}
