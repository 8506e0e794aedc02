package org.liaison.caseflow.tracking;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.CaseAction;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

@QuarkusTest
class ResidentActionsTest {

    private static final String CASES = "/api/public/cases/{code}";

    @Inject
    CaseRows rows;
    @Inject
    CaseDriver driver;

    @Test
    void ratingBeforeTheResponseIs409NamingTheStatusAndWhatIsAllowed() {
        String[] c = newCase();

        withSecret(c[1]).body(Map.of("rating", "SATISFIED")).post(CASES + "/rating", c[0])
                .then().statusCode(409).contentType("application/problem+json")
                .body("context.currentStatus", equalTo("ASSIGNED"))
                .body("context.allowedActions", contains("ADD_MESSAGE", "WITHDRAW"));
    }

    @Test
    void aMessageJoinsTheTimelineAndTheViewIsNeverCached() {
        String[] c = newCase();

        withSecret(c[1]).body(Map.of("text", "  路灯在 3 号楼旁边\r\n谢谢 ")).post(CASES + "/messages", c[0])
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("status", equalTo("ASSIGNED"))
                .body("timeline.type", hasItems("SUBMITTED", "ROUTE", "ADD_MESSAGE"))
                .body("timeline.find { it.type == 'ADD_MESSAGE' }.note", equalTo("路灯在 3 号楼旁边\n谢谢"))
                .body("timeline.find { it.type == 'ADD_MESSAGE' }.actor", equalTo("RESIDENT"));
    }

    @Test
    void invalidMessagesAndRatingsAre400() {
        String[] c = newCase();
        withSecret(c[1]).body(Map.of("text", " ")).post(CASES + "/messages", c[0]).then().statusCode(400);
        withSecret(c[1]).body(Map.of("text", "长".repeat(2001))).post(CASES + "/messages", c[0]).then().statusCode(400);
        withSecret(c[1]).body(Map.of("text", "铃\u0007")).post(CASES + "/messages", c[0]).then().statusCode(400);
        withSecret(c[1]).body(Map.of("rating", "GREAT")).post(CASES + "/rating", c[0]).then().statusCode(400);
        withSecret(c[1]).body(Map.of("comment", "no rating")).post(CASES + "/rating", c[0]).then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        withSecret(c[1]).body(Map.of("reason", "长".repeat(1001))).post(CASES + "/withdraw", c[0]).then().statusCode(400);
    }

    @Test
    void withdrawingEndsTheCaseAndEveryFurtherActionIs409() {
        String[] c = newCase();

        withSecret(c[1]).body(Map.of("reason", "已经自己解决了")).post(CASES + "/withdraw", c[0])
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("allowedActions", org.hamcrest.Matchers.empty())
                .body("timeline.find { it.type == 'WITHDRAW' }.note", equalTo("已经自己解决了"));

        withSecret(c[1]).body(Map.of("text", "还在吗")).post(CASES + "/messages", c[0]).then().statusCode(409)
                .body("context.currentStatus", equalTo("WITHDRAWN"));
        withSecret(c[1]).body(Map.of()).post(CASES + "/withdraw", c[0]).then().statusCode(409);
        withSecret(c[1]).body(Map.of("rating", "SATISFIED")).post(CASES + "/rating", c[0]).then().statusCode(409);
    }

    @Test
    void aWithdrawalNeedsNoBody() {
        String[] c = newCase();

        withSecret(c[1]).post(CASES + "/withdraw", c[0]).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("timeline.find { it.type == 'WITHDRAW' }.actor", equalTo("RESIDENT"));
    }

    @Test
    void aMessageWhileTheCaseAwaitsInformationIsTheAnswer() {
        String[] c = newCase();
        long deputy = rows.byTrackingCode(c[0]).getLong("assigned_deputy_id");
        driver.deputy(c[0], deputy, CaseAction.ACCEPT, null);
        driver.deputy(c[0], deputy, CaseAction.REQUEST_INFO, "请问具体是哪栋楼？");
        withSecret(c[1]).get(CASES, c[0]).then().statusCode(200)
                .body("status", equalTo("AWAITING_INFO"))
                .body("allowedActions", hasItems("PROVIDE_INFO", "ADD_MESSAGE", "WITHDRAW"))
                .body("timeline.find { it.type == 'REQUEST_INFO' }.note", equalTo("请问具体是哪栋楼？"))
                .body("timeline.find { it.type == 'REQUEST_INFO' }.actor", equalTo("DEPUTY"));

        withSecret(c[1]).body(Map.of("text", "5 号楼")).post(CASES + "/messages", c[0]).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("timeline.find { it.type == 'PROVIDE_INFO' }.note", equalTo("5 号楼"));
    }

    @Test
    void anUnsatisfiedRatingReopensTheCaseAndASatisfiedOneClosesIt() {
        String[] c = newCase();
        long deputy = rows.byTrackingCode(c[0]).getLong("assigned_deputy_id");
        driver.deputy(c[0], deputy, CaseAction.ACCEPT, null);
        driver.deputy(c[0], deputy, CaseAction.RESPOND, "已联系物业更换路灯。");
        withSecret(c[1]).get(CASES, c[0]).then().statusCode(200)
                .body("status", equalTo("RESPONDED"))
                .body("allowedActions", hasItem("RATE"));

        withSecret(c[1]).body(Map.of("rating", "UNSATISFIED", "comment", "还是不亮")).post(CASES + "/rating", c[0])
                .then().statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("supervised", equalTo(true))
                .body("rating", equalTo("UNSATISFIED"))
                .body("heldBy.kind", equalTo("DEPUTY"));

        driver.deputy(c[0], deputy, CaseAction.RESPOND, "已经修好了。");
        Response closed = withSecret(c[1]).body(Map.of("rating", "SATISFIED")).post(CASES + "/rating", c[0]);

        closed.then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAs", equalTo("SATISFIED"))
                .body("allowedActions", org.hamcrest.Matchers.empty())
                .body("timeline.type", hasItems("SUBMITTED", "ROUTE", "ACCEPT", "RESPOND", "RATE"))
                .body("timeline.findAll { it.type == 'RESPOND' }.note", contains("已联系物业更换路灯。", "已经修好了。"));
        assertThat(closed.jsonPath().getList("timeline.actor")).doesNotContainNull()
                .allSatisfy(actor -> assertThat(actor).isIn("RESIDENT", "DEPUTY", "SYSTEM"));
    }

    @Test
    void theHolderIsTheDeputyByNameOrTheStaffForTheQueue() {
        long venue = venue("HOME", null);
        Response queued = submitAtVenue(venueCode(venue), submission(category(), "无人值守"));

        withSecret(queued.path("secret")).get(CASES, (String) queued.path("trackingCode")).then().statusCode(200)
                .body("heldBy.kind", equalTo("STAFF"))
                .body("heldBy.nameZh", equalTo("人大工作人员"))
                .body("timeline.type", not(hasItem("ACCEPT")));
    }
}
