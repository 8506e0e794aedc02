package org.liaison.caseflow.intake;

import org.liaison.caseflow.tracking.CaseRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

@QuarkusTest
class SubmissionRoutingTest {

    @Inject
    CaseRows rows;

    @Test
    void submissionAnswers201WithTrackingCodeSecretAndTheRoutingOutcome() {
        long venue = venue("HOME", null);
        long deputy = deputy("值班代表");
        duty(venue, deputy, today());
        Instant before = Instant.now();

        Response created = submitAtVenue(venueCode(venue), submission(category(), "小区门口路灯坏了"));

        created.then().statusCode(201).header("Cache-Control", "no-store")
                .header("Location", endsWith("/api/public/cases/" + created.path("trackingCode")));
        String trackingCode = created.path("trackingCode");
        assertThat(CaseCodes.normalizeTrackingCode(trackingCode)).contains(trackingCode);
        assertThat((String) created.path("displayCode")).isEqualTo(CaseCodes.display(trackingCode));
        assertThat((String) created.path("secret")).hasSize(CaseSecrets.SECRET_LENGTH);
        assertThat((String) created.path("status")).isEqualTo("ASSIGNED");
        assertThat((String) created.path("venueName")).startsWith("HOME");
        assertThat(Instant.parse(created.path("acceptDueAt"))).isCloseTo(before.plus(24, ChronoUnit.HOURS),
                org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
        assertThat(Instant.parse(created.path("submittedAt"))).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
        assertThat((String) created.path("routingReasonZh")).contains("今天").contains("值班");
        assertThat((String) created.path("routingReasonEn")).contains("on duty today");
        assertThat(rows.byTrackingCode(trackingCode).getLong("assigned_deputy_id")).isEqualTo(deputy);
    }

    @Test
    void aDeputyOnDutyTodayWinsOverALessLoadedOne() {
        long venue = venue("HOME", null);
        long offDuty = deputy("不值班代表");
        long onDuty = deputy("值班代表");
        duty(venue, offDuty, notToday());
        duty(venue, onDuty, today());
        // the deputy on duty already carries a case; being on duty still comes first
        submitToDeputy(deputyCode(onDuty), submission(category(), "先给值班代表一件")).then().statusCode(201);

        Row routed = routedAt(venue);

        assertThat(routed.getLong("assigned_deputy_id")).isEqualTo(onDuty);
        assertThat(routed.getString("routing_rule")).isEqualTo("ON_DUTY_TODAY");
    }

    @Test
    void withNobodyOnDutyTheLeastLoadedDeputyGetsTheCase() {
        long venue = venue("HOME", null);
        long busy = deputy("忙碌代表");
        long free = deputy("空闲代表");
        duty(venue, busy, notToday());
        duty(venue, free, notToday());
        submitToDeputy(deputyCode(busy), submission(category(), "给忙碌代表一件")).then().statusCode(201);

        Response created = submitAtVenue(venueCode(venue), submission(category(), "应当给空闲代表"));

        created.then().statusCode(201);
        Row routed = rows.byTrackingCode(created.path("trackingCode"));
        assertThat(routed.getLong("assigned_deputy_id")).isEqualTo(free);
        assertThat(routed.getString("routing_rule")).isEqualTo("LEAST_LOADED");
        assertThat((String) created.path("routingReasonEn")).contains("least loaded of 2");
    }

    @Test
    void aPointWithoutDeputiesEscalatesToItsParentStation() {
        long home = venue("HOME", null);
        long station = venue("STATION", home);
        long point = venue("POINT", station);
        long deputy = deputy("联络站代表");
        duty(station, deputy, notToday());

        Response created = submitAtVenue(venueCode(point), submission(category(), "联系点没有代表"));

        created.then().statusCode(201);
        Row routed = rows.byTrackingCode(created.path("trackingCode"));
        assertThat(routed.getLong("assigned_deputy_id")).isEqualTo(deputy);
        assertThat(routed.getString("routing_rule")).isEqualTo("PARENT_VENUE");
        assertThat(routed.getLong("venue_id")).isEqualTo(point);
        assertThat((String) created.path("routingReasonEn")).startsWith("escalated to parent station");
        assertThat((String) created.path("routingReasonZh")).contains("已转至上级");
    }

    @Test
    void aTreeWithoutDeputiesSendsTheCaseToTheAdministratorsQueue() {
        long home = venue("HOME", null);
        long point = venue("POINT", venue("STATION", home));

        Response created = submitAtVenue(venueCode(point), submission(category(), "这里没有代表"));

        created.then().statusCode(201);
        assertThat((String) created.path("status")).isEqualTo("ASSIGNED");
        Row routed = rows.byTrackingCode(created.path("trackingCode"));
        assertThat(routed.getLong("assigned_deputy_id")).isNull();
        assertThat(routed.getString("routing_rule")).isEqualTo("ADMIN_QUEUE");
        assertThat((String) created.path("routingReasonEn")).contains("administrators' queue");
        assertThat((String) created.path("routingReasonZh")).contains("人大工作人员");
    }

    @Test
    void aDeputyCodeRoutesStraightToThatDeputyAtTheFirstVenueItServes() {
        long first = venue("HOME", null);
        long second = venue("HOME", null);
        long deputy = deputy("个人码代表");
        long colleague = deputy("同事代表");
        duty(first, deputy, notToday());
        duty(second, deputy, notToday());
        duty(first, colleague, today());

        Response created = submitToDeputy(deputyCode(deputy), submission(category(), "直接找这位代表"));

        created.then().statusCode(201);
        Row routed = rows.byTrackingCode(created.path("trackingCode"));
        assertThat(routed.getLong("assigned_deputy_id")).isEqualTo(deputy);
        assertThat(routed.getLong("personal_deputy_id")).isEqualTo(deputy);
        assertThat(routed.getLong("venue_id")).isEqualTo(first);
        assertThat(routed.getString("routing_rule")).isEqualTo("PERSONAL_DEPUTY");
        assertThat((String) created.path("routingReasonEn")).contains("personal code");
    }

    @Test
    void aDeputyServingNoVenueCannotReceiveMessagesYet() {
        long deputy = deputy("无联系点代表");

        submitToDeputy(deputyCode(deputy), submission(category(), "找不到联系点")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    private Row routedAt(long venue) {
        Response created = submitAtVenue(venueCode(venue), submission(category(), "路由测试"));
        created.then().statusCode(201);
        return rows.byTrackingCode(created.path("trackingCode"));
    }
}
