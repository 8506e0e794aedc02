package org.liaison.duty;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.duty.DutyFixtures.admin;
import static org.liaison.duty.DutyFixtures.duties;
import static org.liaison.duty.DutyFixtures.duty;
import static org.liaison.duty.DutyFixtures.rule;
import static org.liaison.duty.DutyFixtures.thirdTuesday;

/** What a duty request must satisfy: a well-formed rule, sensible hours, an active deputy. Nothing invalid is stored. */
@QuarkusTest
class DutyValidationTest {

    @Inject
    DataSource dataSource;

    private long venue() {
        return VenueFixtures.create("HOME", null, "梁溪区");
    }

    private long deputy() {
        return DutyFixtures.insertDeputy(dataSource, "王丽", true);
    }

    @Test
    void theDeputyMustExistAndBeActive() {
        long venue = venue();
        admin().body(thirdTuesday(987_654_321L)).post(duties(venue)).then().statusCode(400)
                .body("errors[0].field", equalTo("deputyId"))
                .body("errors[0].message", equalTo("no such deputy"));
        long inactive = DutyFixtures.insertDeputy(dataSource, "张伟", false);
        admin().body(thirdTuesday(inactive)).post(duties(venue)).then().statusCode(400)
                .body("errors[0].field", equalTo("deputyId"))
                .body("detail", equalTo("deputyId: deputy " + inactive + " is inactive"));
    }

    @Test
    void invalidRulesAndHoursAreFieldErrors() {
        long venue = venue();
        long deputy = deputy();
        expectFieldErrors(venue, duty(deputy, rule("MONTHLY", 3, List.of("TUESDAY", "FRIDAY"), null), null, null), "rule.weekdays");
        expectFieldErrors(venue, duty(deputy, rule("MONTHLY", 6, List.of("TUESDAY"), null), null, null), "rule.weekOrdinal");
        expectFieldErrors(venue, duty(deputy, rule("MONTHLY", null, List.of("TUESDAY"), null), null, null), "rule.weekOrdinal");
        expectFieldErrors(venue, duty(deputy, rule("DATES", null, null, List.of()), null, null), "rule.dates");
        expectFieldErrors(venue, duty(deputy, rule("DATES", null, null, List.of("2026-12-15", "2026-12-15")), null, null),
                "rule.dates");
        expectFieldErrors(venue, duty(deputy, rule("WEEKLY", null, List.of(), null), null, null), "rule.weekdays");
        expectFieldErrors(venue, duty(deputy, rule("WEEKLY", 3, List.of("MONDAY"), List.of("2026-12-15")), null, null),
                "rule.dates", "rule.weekOrdinal");
        expectFieldErrors(venue, duty(deputy, rule("MONTHLY", 3, List.of("TUESDAY"), null), "11:30", "09:00"), "endsAt");
        expectFieldErrors(venue, duty(deputy, rule("MONTHLY", 3, List.of("TUESDAY"), null), "09:00", null), "endsAt");
        expectFieldErrors(venue, duty(deputy, rule(null, 3, List.of("TUESDAY"), null), null, null), "rule.kind");
        expectFieldErrors(venue, duty(deputy, null, "09:00", "11:30"), "rule");
        Map<String, Object> noDeputy = thirdTuesday(deputy);
        noDeputy.remove("deputyId");
        expectFieldErrors(venue, noDeputy, "deputyId");
        admin().body(duty(deputy, rule("WEEKLY", null, List.of("FUNDAY"), null), null, null)).post(duties(venue))
                .then().statusCode(400);
        admin().body(duty(deputy, rule("DATES", null, null, List.of("2026-02-30")), null, null)).post(duties(venue))
                .then().statusCode(400);
        admin().get(duties(venue)).then().body("size()", equalTo(0));
    }

    @Test
    void aDatesRuleHoldsAWholeLeapYearButNoMore() {
        long venue = venue();
        List<String> leapYear = IntStream.range(0, 366).mapToObj(i -> LocalDate.of(2028, 1, 1).plusDays(i).toString()).toList();
        admin().body(duty(deputy(), rule("DATES", null, null, leapYear), null, null)).post(duties(venue))
                .then().statusCode(201).body("rule.dates", hasSize(366)).body("rule.dates[365]", equalTo("2028-12-31"));
        List<String> tooMany = IntStream.range(0, 367).mapToObj(i -> LocalDate.of(2028, 1, 1).plusDays(i).toString()).toList();
        expectFieldErrors(venue, duty(deputy(), rule("DATES", null, null, tooMany), null, null), "rule.dates");
    }

    private static void expectFieldErrors(long venue, Map<String, Object> body, String... fields) {
        admin().body(body).post(duties(venue)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains((Object[]) fields));
    }
}
