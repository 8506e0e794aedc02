package org.liaison.push;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.RoutedCases;
import org.liaison.support.Tokens;
import org.liaison.venue.VenueFixtures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Cases driven through the real CaseWorkflow (the case endpoints are built elsewhere): a venue of our own whose
 * only deputy is on duty every day, so routing assigns that deputy.
 */
final class PushCases {

    /** A venue with its deputy. */
    record Venue(long id, long deputyId) {
    }

    /** A case as the resident holds it. */
    record Case(long id, String trackingCode, String secret) {
    }

    private final CaseWorkflow workflow;

    PushCases(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    static Venue venueWithDeputy() {
        long venueId = VenueFixtures.create("HOME", null, "梁溪区");
        long deputyId = DeputyFixtures.create();
        Map<String, Object> rule = Map.of("kind", "WEEKLY", "weekdays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("deputyId", deputyId, "rule", rule))
                .post("/api/admin/venues/" + venueId + "/duties").then().statusCode(201);
        return new Venue(venueId, deputyId);
    }

    /** A submitted case at the venue, routed (SUBMITTED and ROUTE events). */
    Case submit(Venue venue) throws Throwable {
        CaseSecrets.IssuedSecret secret = CaseSecrets.issue();
        String code = CaseCodes.newTrackingCode();
        ResidentCase c = new ResidentCase();
        c.trackingCode = code;
        c.secretHash = secret.sha256Hex();
        c.venueId = venue.id();
        c.text = "路灯坏了，晚上很黑。";
        c.status = CaseStatus.SUBMITTED;
        c.submittedAt = Instant.now();
        long id = RoutedCases.submit(c, "ENVIRONMENT");
        return new Case(id, code, secret.secret());
    }

    /** Applies the action in a transaction of its own and returns the id of the event it recorded. */
    long apply(long caseId, CaseAction action, Actor actor, ActionDetails details) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.find(ResidentCase.class, caseId))
                .flatMap(c -> workflow.apply(c, action, actor, details))
                .map(event -> event.id)));
    }
}
