package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.liaison.caseflow.handling.CaseFixtures.as;

/**
 * The 304 answered on the router ({@link UnchangedPolls}) says exactly what the full path says, and nothing it
 * must not: every request below carries an If-None-Match that would match, and only a caller the resource itself
 * would answer with 304 gets one.
 */
@QuarkusTest
class UnchangedPollsTest {

    static final String ASSIGNMENTS = UnchangedPolls.PATH;

    @Inject
    CaseFixtures fixtures;

    @Test
    void aKnownTokenGetsTheSame304AsAFreshOneAndAChangeStillComesThrough() {
        long me = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(me);
        fixtures.submit(venue);
        String known = Tokens.deputy(me);
        String etag = as(known).get(ASSIGNMENTS).then().statusCode(200).extract().header("ETag");

        Response fromMemory = as(known).header("If-None-Match", etag).get(ASSIGNMENTS);
        Response fresh = as(Tokens.deputy(me)).header("If-None-Match", etag).get(ASSIGNMENTS);
        for (Response answer : new Response[] {fromMemory, fresh}) {
            answer.then().statusCode(304).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("private, no-cache"))
                    .body(emptyString());
        }
        assertThat(fromMemory.header("Content-Type")).isEqualTo(fresh.header("Content-Type"));

        fixtures.submit(venue);
        as(known).header("If-None-Match", etag).get(ASSIGNMENTS).then().statusCode(200).body("cases", hasSize(2));
    }

    @Test
    void aRevokedSessionIs401EvenWhenNothingChanged() {
        long me = fixtures.newDeputy();
        fixtures.submit(fixtures.venueServedBy(me));
        String access = Logins.login(Logins.newAccount("deputy", me, null).username()).accessToken();
        String etag = Logins.as(access).get(ASSIGNMENTS).then().statusCode(200).extract().header("ETag");
        Logins.as(access).header("If-None-Match", etag).get(ASSIGNMENTS).then().statusCode(304);

        Logins.as(access).post("/api/auth/logout").then().statusCode(204);

        Logins.as(access).header("If-None-Match", etag).get(ASSIGNMENTS).then().statusCode(401);
        Logins.as(access).header("If-None-Match", "*").get(ASSIGNMENTS).then().statusCode(401);
    }

    @Test
    void onlyTheDeputysOwnValidPollIsAnsweredFromMemory() {
        long me = fixtures.newDeputy();
        long other = fixtures.newDeputy();
        fixtures.submit(fixtures.venueServedBy(me));
        String mine = Tokens.deputy(me);
        String etag = as(mine).get(ASSIGNMENTS).then().statusCode(200).extract().header("ETag");
        String admin = Tokens.admin();
        as(admin).get("/api/admin/venues").then().statusCode(200);  // the admin's token is known here too
        String others = Tokens.deputy(other);
        as(others).get(ASSIGNMENTS).then().statusCode(200);

        as(admin).header("If-None-Match", "*").get(ASSIGNMENTS).then().statusCode(403);
        as(others).header("If-None-Match", etag).get(ASSIGNMENTS).then().statusCode(200).body("cases", hasSize(0));
        as(Tokens.tampered()).header("If-None-Match", "*").get(ASSIGNMENTS).then().statusCode(401);
        given().header("If-None-Match", "*").get(ASSIGNMENTS).then().statusCode(401);
        as(mine).header("If-None-Match", "*").queryParam("since", -1).get(ASSIGNMENTS).then().statusCode(400);
        as(mine).header("If-None-Match", "*").queryParam("since", "soon").get(ASSIGNMENTS).then().statusCode(400);
        as(mine).header("If-None-Match", "*").queryParam("status", "NONSENSE").get(ASSIGNMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        // a control character the resource never sees: ParameterGuard refuses it, also where the rest would match
        as(mine).header("If-None-Match", "*").queryParam("status", "ASSIGNED\u0000").get(ASSIGNMENTS).then().statusCode(400);
        as(mine).header("If-None-Match", "*").queryParam("note", "a\u0000b").get(ASSIGNMENTS).then().statusCode(400);
        as(mine).header("If-None-Match", "*").get(ASSIGNMENTS).then().statusCode(304).header("ETag", equalTo(etag));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
