package org.liaison.push;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.push.SseClient.Message;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Who may open a resident's stream (the holder of the secret only) and what a closed case answers. */
@QuarkusTest
class ResidentAccessTest {

    @Inject
    CaseWorkflow workflow;

    @Test
    void aWrongMissingOrMalformedSecretOrCodeIs404LikeAnUnknownCase() throws Throwable {
        PushCases.Case c = new PushCases(workflow).submit(PushCases.venueWithDeputy());
        String path = "/api/public/cases/" + c.trackingCode() + "/events";
        given().header("X-Case-Secret", CaseSecrets.issue().secret()).get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().get(path).then().statusCode(404);
        given().queryParam("secret", "short").get(path).then().statusCode(404);
        given().header("X-Case-Secret", c.secret()).get("/api/public/cases/NOT-A-CODE/events").then().statusCode(404);
        given().header("X-Case-Secret", c.secret()).get("/api/public/cases/" + "AAAAAAAAA" + "/events").then().statusCode(404);
    }

    @Test
    void aMalformedLastEventIdIs400() throws Throwable {
        PushCases.Case c = new PushCases(workflow).submit(PushCases.venueWithDeputy());
        given().header("X-Case-Secret", c.secret()).header("Last-Event-ID", "yesterday")
                .get("/api/public/cases/" + c.trackingCode() + "/events")
                .then().statusCode(400).body("detail", containsString("event"));
    }

    @Test
    void aClosedCaseReplaysWhatWasMissedThenEndsAndAnswers410WhenNothingIsLeft() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Case c = cases.submit(PushCases.venueWithDeputy());
        long withdrawn = cases.apply(c.id(), CaseAction.WITHDRAW, Actor.resident(), ActionDetails.note("已自行解决"));
        try (SseClient stream = ResidentStreamTest.watch(c, Map.of())) {
            List<Message> all = stream.events(3, Duration.ofSeconds(10));
            assertThat(all).extracting(Message::event).containsExactly("SUBMITTED", "ROUTE", "WITHDRAW");
            assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
        }
        SseClient done = SseClient.open(RestAssured.port, "/api/public/cases/" + c.trackingCode() + "/events",
                Map.of("X-Case-Secret", c.secret(), "Last-Event-ID", String.valueOf(withdrawn)));
        assertThat(done.status()).isEqualTo(410);
        assertThat(done.body()).contains("closed");
    }
}
