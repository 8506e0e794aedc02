package org.liaison.duty;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.duty.DutyFixtures.admin;
import static org.liaison.duty.DutyFixtures.duties;
import static org.liaison.duty.DutyFixtures.duty;
import static org.liaison.duty.DutyFixtures.rule;
import static org.liaison.duty.DutyFixtures.thirdTuesday;

@QuarkusTest
class DutyResourceTest {

    @Inject
    DataSource dataSource;

    private long venue() {
        return VenueFixtures.create("HOME", null, "梁溪区");
    }

    private long deputy() {
        return DutyFixtures.insertDeputy(dataSource, "王丽", true);
    }

    @Test
    void createAnswers201WithLocationAndTheDutyWithItsDeputyName() {
        long venue = venue();
        long deputy = deputy();
        String location = admin().body(thirdTuesday(deputy)).post(duties(venue))
                .then().statusCode(201)
                .header("Location", containsString(duties(venue) + "/"))
                .body("venueId", equalTo((int) venue))
                .body("deputyId", equalTo((int) deputy))
                .body("deputyName", startsWith("王丽 "))
                .body("rule.kind", equalTo("MONTHLY"))
                .body("rule.weekOrdinal", equalTo(3))
                .body("rule.weekdays", contains("TUESDAY"))
                .body("rule.dates", hasSize(0))
                .body("startsAt", equalTo("09:00"))
                .body("endsAt", equalTo("11:30"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract().header("Location");
        int id = admin().get(location).then().statusCode(200)
                .body("deputyName", startsWith("王丽 ")).body("rule.weekdays", contains("TUESDAY"))
                .extract().path("id");
        org.assertj.core.api.Assertions.assertThat(location).endsWith(duties(venue) + "/" + id);
        admin().get(duties(venue)).then().statusCode(200)
                .body("id", contains(id)).body("deputyName[0]", startsWith("王丽 "));
    }

    @Test
    void listShowsEveryDutyOfTheVenueInOrder() {
        long venue = venue();
        long first = deputy();
        long second = deputy();
        int a = admin().body(thirdTuesday(first)).post(duties(venue)).then().statusCode(201).extract().path("id");
        int b = admin().body(duty(second, rule("WEEKLY", null, List.of("FRIDAY", "MONDAY"), null), null, null))
                .post(duties(venue)).then().statusCode(201)
                .body("rule.weekdays", contains("MONDAY", "FRIDAY"))
                .body("startsAt", nullValue())
                .extract().path("id");
        admin().get(duties(venue)).then().statusCode(200).body("id", contains(a, b));
        admin().get(duties(venue())).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void updateReplacesDeputyRuleAndHoursAndRefusesAStaleVersion() {
        long venue = venue();
        long deputy = deputy();
        long other = deputy();
        int id = admin().body(thirdTuesday(deputy)).post(duties(venue)).then().statusCode(201).extract().path("id");
        Map<String, Object> update = duty(other, rule("DATES", null, null, List.of("2027-01-19", "2026-12-15")), "14:00", "17:00");
        update.put("version", 0);
        admin().body(update).put(duties(venue) + "/" + id).then().statusCode(200)
                .body("deputyId", equalTo((int) other))
                .body("rule.kind", equalTo("DATES"))
                .body("rule.weekOrdinal", nullValue())
                .body("rule.weekdays", hasSize(0))
                .body("rule.dates", contains("2026-12-15", "2027-01-19"))
                .body("startsAt", equalTo("14:00"))
                .body("version", equalTo(1));
        admin().body(update).put(duties(venue) + "/" + id).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("context.currentVersion", equalTo(1));
        update.remove("version");
        admin().body(update).put(duties(venue) + "/" + id).then().statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void deleteRemovesTheDuty() {
        long venue = venue();
        int id = admin().body(thirdTuesday(deputy())).post(duties(venue)).then().statusCode(201).extract().path("id");
        admin().delete(duties(venue) + "/" + id).then().statusCode(204);
        admin().get(duties(venue) + "/" + id).then().statusCode(404);
        admin().delete(duties(venue) + "/" + id).then().statusCode(404);
    }

    @Test
    void aDeputyServesAVenueOnce() {
        long venue = venue();
        long deputy = deputy();
        long other = deputy();
        int first = admin().body(thirdTuesday(deputy)).post(duties(venue)).then().statusCode(201).extract().path("id");
        admin().body(duty(deputy, rule("WEEKLY", null, List.of("MONDAY"), null), null, null)).post(duties(venue))
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("context.dutyId", equalTo(first));
        int second = admin().body(thirdTuesday(other)).post(duties(venue)).then().statusCode(201).extract().path("id");
        Map<String, Object> takeOver = thirdTuesday(deputy);
        takeOver.put("version", 0);
        admin().body(takeOver).put(duties(venue) + "/" + second).then().statusCode(409);
        // the same deputy may serve another venue
        admin().body(thirdTuesday(deputy)).post(duties(venue())).then().statusCode(201);
    }

    @Test
    void unknownVenueOrADutyOfAnotherVenueIs404() {
        long venue = venue();
        long otherVenue = venue();
        int id = admin().body(thirdTuesday(deputy())).post(duties(otherVenue)).then().statusCode(201).extract().path("id");
        Map<String, Object> update = thirdTuesday(deputy());
        update.put("version", 0);
        admin().get(duties(venue) + "/" + id).then().statusCode(404).contentType(startsWith("application/problem+json"));
        admin().body(update).put(duties(venue) + "/" + id).then().statusCode(404);
        admin().delete(duties(venue) + "/" + id).then().statusCode(404);
        admin().get(duties(otherVenue) + "/" + id).then().statusCode(200);

        admin().get(duties(987_654_321L)).then().statusCode(404).body("detail", equalTo("Venue 987654321 was not found."));
        admin().body(thirdTuesday(deputy())).post(duties(987_654_321L)).then().statusCode(404);
        admin().get(duties(987_654_321L) + "/" + id).then().statusCode(404);
        admin().get(duties(987_654_321L) + "/schedule").then().statusCode(404);
    }
}
