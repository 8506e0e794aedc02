package org.liaison.duty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.duty.DutyFixtures.admin;
import static org.liaison.duty.DutyFixtures.duties;
import static org.liaison.duty.DutyFixtures.duty;
import static org.liaison.duty.DutyFixtures.rule;

/** The schedule counts from today in the configured zone (Asia/Shanghai), as the injected clock tells it. */
@QuarkusTest
class DutyScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> EVERY_DAY = Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();

    @Inject
    DataSource dataSource;

    @Inject
    DutyService dutyService;

    @Test
    void whoIsOnDutyTodayAndOnTheNextContactDay() {
        LocalDate today = LocalDate.now(ZONE);
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        long afternoon = DutyFixtures.insertDeputy(dataSource, "刘强", true);
        long morning = DutyFixtures.insertDeputy(dataSource, "王丽", true);
        long retired = DutyFixtures.insertDeputy(dataSource, "陈静", true);
        admin().body(duty(afternoon, rule("WEEKLY", null, EVERY_DAY, null), "14:00", "16:00")).post(duties(venue))
                .then().statusCode(201);
        admin().body(duty(morning, rule("DATES", null, null, List.of(today.plusDays(1).toString(), today.toString())),
                "09:00", "10:00")).post(duties(venue)).then().statusCode(201);
        admin().body(duty(retired, rule("WEEKLY", null, EVERY_DAY, null), "08:00", "09:00")).post(duties(venue))
                .then().statusCode(201);
        DutyFixtures.deactivateDeputy(dataSource, retired);

        var schedule = admin().get(duties(venue) + "/schedule").then().statusCode(200)
                .body("venueId", equalTo((int) venue))
                .body("onDutyToday.deputyId", contains((int) morning, (int) afternoon))
                .body("onDutyToday[0].startsAt", equalTo("09:00"))
                .body("onDutyToday[0].endsAt", equalTo("10:00"))
                .body("onDutyToday[1].deputyName", org.hamcrest.Matchers.startsWith("刘强 "))
                .body("nextContactDay.deputies.deputyId", contains((int) morning, (int) afternoon))
                .extract().jsonPath();
        assumeThat(LocalDate.now(ZONE)).as("the test did not run across midnight").isEqualTo(today);
        assertThat(schedule.getString("today")).isEqualTo(today.toString());
        assertThat(schedule.getString("nextContactDay.date")).as("today itself counts").isEqualTo(today.toString());
    }

    @Test
    void aVenueWithNobodyOnDutyTodayShowsItsNextContactDay() {
        LocalDate today = LocalDate.now(ZONE);
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        long deputy = DutyFixtures.insertDeputy(dataSource, "张伟", true);
        admin().body(duty(deputy, rule("DATES", null, null,
                List.of(today.plusDays(10).toString(), today.plusDays(3).toString(), today.minusDays(2).toString())),
                null, null)).post(duties(venue)).then().statusCode(201);
        var schedule = admin().get(duties(venue) + "/schedule").then().statusCode(200)
                .body("onDutyToday", hasSize(0))
                .body("nextContactDay.deputies.deputyId", contains((int) deputy))
                .body("nextContactDay.deputies[0].startsAt", nullValue())
                .extract().jsonPath();
        assumeThat(LocalDate.now(ZONE)).isEqualTo(today);
        assertThat(schedule.getString("nextContactDay.date")).isEqualTo(today.plusDays(3).toString());
    }

    @Test
    void aVenueWithoutDutiesHasNoNextContactDay() {
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        admin().get(duties(venue) + "/schedule").then().statusCode(200)
                .body("onDutyToday", hasSize(0))
                .body("nextContactDay", nullValue());
    }

    @Test
    void scheduleOfGivesOtherFeaturesTheNextContactDay() throws Throwable {
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        long deputy = DutyFixtures.insertDeputy(dataSource, "王丽", true);
        admin().body(duty(deputy, rule("MONTHLY", -1, List.of("FRIDAY"), null), "09:00", "11:30")).post(duties(venue))
                .then().statusCode(201);
        VenueSchedule schedule = VertxContextSupport.subscribeAndAwait(() -> dutyService.scheduleOf(venue));
        assertThat(schedule.nextContactDay().date().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(schedule.nextContactDay().date().plusWeeks(1).getMonth()).isNotEqualTo(schedule.nextContactDay().date().getMonth());
    }
}
