package org.liaison.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.stats.StatsCases;
import org.liaison.support.MutableClock;
import org.liaison.venue.VenueFixtures;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * The venue's record on the page its QR code opens, from a small data set of March 2028: a home with one open case
 * and a station under it with five closed ones (three satisfied, one basically satisfied, one unsatisfied after the
 * reopen cap). The home's record includes its station: received 6, solved 5, rate 4 / 5 = 80 %.
 */
@QuarkusTest
class VenuePageRecordTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHomeShowsItsStationsFiguresWithTheRateOnlyOnceEnoughCasesAreRatedAndCachesThemBriefly() {
        long d = fixtures.newDeputy();
        long home = fixtures.venueServedBy(d);
        long station = VenueFixtures.create("STATION", home, "梁溪区");
        fixtures.update("insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays) values (?, ?, 'MONTHLY', 3, 'TUESDAY')",
                station, d);
        cases.at("2028-03-01T09:00:00");
        fixtures.submit(home);
        long last = 0;
        for (Rating rating : new Rating[] {Rating.SATISFIED, Rating.SATISFIED, Rating.SATISFIED, Rating.BASICALLY_SATISFIED}) {
            last = answered(station, d);
            cases.rate(last, rating);
        }
        long unsatisfied = answered(station, d);
        for (int round = 0; round < 2; round++) {
            cases.rate(unsatisfied, Rating.UNSATISFIED);
            respond(d, unsatisfied);
        }
        cases.at("2028-03-10T12:00:00");
        String homeCode = code(home);

        // four rated cases: fewer than the five a rate needs, so the page says so instead of a percentage
        String before = given().get("/v/" + homeCode).then().statusCode(200).extract().asString();
        assertThat(figures(before)).containsExactly("6", "4", "—");
        assertThat(before).contains("近12个月办理情况", "已评价的件数还太少，暂不显示满意率。", "2027-04-01 至 2028-03-10")
                .doesNotContain("%");

        // the fifth rating closes the case as unsatisfied; the page answers from its copy for up to 60 s
        cases.rate(unsatisfied, Rating.UNSATISFIED);
        assertThat(fixtures.row("select closed_as from resident_case where id = ?", unsatisfied))
                .containsEntry("closed_as", "UNSATISFIED");
        // (the test clock keeps ticking: half the lifetime leaves room for a slow machine)
        clock.advance(Duration.ofSeconds(30));
        assertThat(figures(given().get("/v/" + homeCode).asString())).containsExactly("6", "4", "—");
        clock.advance(Duration.ofSeconds(31));
        String after = given().get("/v/" + homeCode).then().statusCode(200).extract().asString();
        assertThat(figures(after)).containsExactly("6", "5", "80%");
        assertThat(after).contains("满意率 = 评价为“满意”或“基本满意”的件数 ÷ 已评价件数（未评价的不计入）。");

        String english = given().queryParam("lang", "en").get("/v/" + homeCode).then().statusCode(200).extract().asString();
        assertThat(english).contains("Record of this venue, last 12 months", "Received", "Solved", "2027-04-01 to 2028-03-10");
        assertThat(figures(english)).containsExactly("6", "5", "80%");

        // the station alone, and the same figures through the API
        assertThat(figures(given().get("/v/" + code(station)).asString())).containsExactly("5", "5", "80%");
        given().get("/api/public/venues/{code}/summary", homeCode).then().statusCode(200)
                .body("received", equalTo(6)).body("solved", equalTo(5)).body("rated", equalTo(5))
                .body("satisfactionRate", equalTo(0.8f));
    }

    @Test
    void aVenueWithoutCasesSaysSoAndADeputysPageHasNoRecord() {
        long d = fixtures.newDeputy();
        long quiet = fixtures.venueServedBy(d);
        String html = given().get("/v/" + code(quiet)).then().statusCode(200).extract().asString();
        assertThat(html).contains("近12个月还没有群众在这里留言。").doesNotContain("<dl class=\"figures\"").doesNotContain("0%");
        assertThat(given().queryParam("lang", "en").get("/v/" + code(quiet)).asString())
                .contains("No resident has written here in the last 12 months yet.");

        String deputyCode = admin().get("/api/admin/deputies/{id}/qr/code", d).then().statusCode(200).extract().path("code");
        assertThat(given().get("/d/" + deputyCode).then().statusCode(200).extract().asString())
                .doesNotContain("近12个月办理情况");
    }

    private long answered(long venue, long deputyId) {
        long id = fixtures.submit(venue);
        deputy(deputyId).post("/api/deputy/cases/{id}/accept", id).then().statusCode(200);
        respond(deputyId, id);
        return id;
    }

    private static void respond(long deputyId, long caseId) {
        deputy(deputyId).body(Map.of("reply", "已协调解决")).post("/api/deputy/cases/{id}/respond", caseId).then().statusCode(200);
    }

    private static String code(long venueId) {
        return admin().get("/api/admin/venues/{id}/qr/code", venueId).then().statusCode(200).extract().path("code");
    }

    /** The three figures of the record block, in page order. */
    private static java.util.List<String> figures(String html) {
        return java.util.regex.Pattern.compile("<dd>([^<]*)</dd>").matcher(html).results().map(m -> m.group(1)).toList();
    }
}
