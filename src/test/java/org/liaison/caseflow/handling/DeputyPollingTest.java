package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.MutableClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

@QuarkusTest
class DeputyPollingTest {

    static final String ASSIGNMENTS = "/api/deputy/assignments";

    @Inject
    CaseFixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Past the settle window, so the cursor may move past the latest changes. */
    private void settle() {
        clock.advance(Polling.SETTLE.plusSeconds(1));
    }

    @Test
    void firstPollShowsTheNewCaseThenTheSameQueryIs304UntilSomethingChanges() {
        long me = fixtures.newDeputy();
        long caseId = fixtures.submit(fixtures.venueServedBy(me));

        Response first = deputy(me).get(ASSIGNMENTS);
        first.then().statusCode(200)
                .header("ETag", startsWith("W/\"d" + me + "-r"))
                .header("Cache-Control", equalTo("private, no-cache"))
                .body("cases", hasSize(1))
                .body("cases[0].id", equalTo((int) caseId))
                .body("cases[0].status", equalTo("ASSIGNED"))
                .body("cases[0].categoryCode", equalTo("ENVIRONMENT"))
                .body("more", equalTo(false));
        String etag = first.header("ETag");

        deputy(me).header("If-None-Match", etag).get(ASSIGNMENTS).then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        deputy(me).header("If-None-Match", "W/\"other\", " + etag).get(ASSIGNMENTS).then().statusCode(304);

        deputy(me).post("/api/deputy/cases/" + caseId + "/accept").then().statusCode(200);
        Response changed = deputy(me).header("If-None-Match", etag).get(ASSIGNMENTS);
        changed.then().statusCode(200).body("cases[0].status", equalTo("ACCEPTED"));
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theCursorMovesPastSettledChangesAndSinceReturnsOnlyLaterOnes() {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        long a = fixtures.submit(venue);
        long b = fixtures.submit(venue);

        // a fresh change holds the cursor back: a slower transaction may still commit an earlier event id
        deputy(me).get(ASSIGNMENTS).then().statusCode(200).body("cursor", equalTo(0)).body("cases", hasSize(2));

        settle();
        Response all = deputy(me).get(ASSIGNMENTS);
        all.then().statusCode(200).body("cases.id", contains((int) b, (int) a));
        long cursor = all.jsonPath().getLong("cursor");
        assertThat(cursor).isEqualTo(all.jsonPath().getLong("cases[0].lastEventId"));

        Response nothing = deputy(me).queryParam("since", cursor).get(ASSIGNMENTS);
        nothing.then().statusCode(200).body("cases", hasSize(0)).body("cursor", equalTo((int) cursor));
        deputy(me).queryParam("since", cursor).header("If-None-Match", nothing.header("ETag")).get(ASSIGNMENTS)
                .then().statusCode(304);

        deputy(me).body(java.util.Map.of("text", "已到现场查看")).post("/api/deputy/cases/" + a + "/messages")
                .then().statusCode(200);
        deputy(me).queryParam("since", cursor).header("If-None-Match", nothing.header("ETag")).get(ASSIGNMENTS)
                .then().statusCode(200).body("cases.id", contains((int) a));
        settle();
        Response later = deputy(me).queryParam("since", cursor).get(ASSIGNMENTS);
        later.then().statusCode(200).body("cases.id", contains((int) a));
        assertThat(later.jsonPath().getLong("cursor")).isGreaterThan(cursor);
    }

    @Test
    void differentQueriesNeverShareAnEtag() {
        long me = fixtures.newDeputy();
        fixtures.submit(fixtures.venueServedBy(me));
        String all = deputy(me).get(ASSIGNMENTS).header("ETag");
        String assigned = deputy(me).queryParam("status", "ASSIGNED").get(ASSIGNMENTS).header("ETag");
        String since = deputy(me).queryParam("since", 1).get(ASSIGNMENTS).header("ETag");
        assertThat(java.util.Set.of(all, assigned, since)).hasSize(3);
        deputy(me).queryParam("status", "ASSIGNED").header("If-None-Match", all).get(ASSIGNMENTS).then().statusCode(200);
    }

    @Test
    void statusFiltersAndUnknownStatusIs400() {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        long accepted = fixtures.submit(venue);
        long waiting = fixtures.submit(venue);
        deputy(me).post("/api/deputy/cases/" + accepted + "/accept").then().statusCode(200);

        deputy(me).queryParam("status", "ACCEPTED").get(ASSIGNMENTS).then().statusCode(200)
                .body("cases.id", contains((int) accepted));
        deputy(me).queryParam("status", "ASSIGNED,ACCEPTED").get(ASSIGNMENTS).then().statusCode(200)
                .body("cases.id", hasItem((int) waiting)).body("cases", hasSize(2));
        deputy(me).queryParam("status", "NONSENSE").get(ASSIGNMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        deputy(me).queryParam("since", -1).get(ASSIGNMENTS).then().statusCode(400);
    }

    @Test
    void anotherDeputysPollNeverShowsMyCases() {
        long me = fixtures.newDeputy();
        long other = fixtures.newDeputy();
        fixtures.submit(fixtures.venueServedBy(me));
        deputy(other).get(ASSIGNMENTS).then().statusCode(200).body("cases", hasSize(0))
                .header("ETag", containsString("d" + other + "-"));
    }
}
