package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.MutableClock;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** Declining re-routes (never back to a decliner), the administrators' queue catches the rest, and assignment. */
@QuarkusTest
class DeclineAndQueueTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void declinedCasesGoToTheOtherDeputyThenToTheQueueWhereAnAdministratorAssignsThem() {
        long a = fixtures.newDeputy();
        long b = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(a, b));
        long first = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", id);
        long second = first == a ? b : a;

        clock.advance(Polling.SETTLE.plusSeconds(1));
        long cursor = deputy(first).get("/api/deputy/assignments").jsonPath().getLong("cursor");
        deputy(first).body(Map.of("reason", "本人近期出差")).post("/api/deputy/cases/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedDeputyId", equalTo((int) second))
                .body("allowedActions", org.hamcrest.Matchers.hasSize(0));
        deputy(first).get("/api/deputy/cases/" + id).then().statusCode(404);
        deputy(first).queryParam("since", cursor).get("/api/deputy/assignments").then().statusCode(200)
                .body("released", contains((int) id));
        deputy(second).get("/api/deputy/assignments").then().statusCode(200).body("cases.id", hasItem((int) id));

        String queueEtag = admin().get("/api/admin/queue").header("ETag");
        deputy(second).body(Map.of("reason", "不熟悉该片区")).post("/api/deputy/cases/" + id + "/decline").then().statusCode(200)
                .body("assignedDeputyId", nullValue())
                .body("inAdministratorsQueue", equalTo(true))
                .body("routingRule", equalTo("ADMIN_QUEUE"));
        Response queue = admin().header("If-None-Match", queueEtag).get("/api/admin/queue");
        queue.then().statusCode(200).body("cases.id", hasItem((int) id)).header("ETag", startsWith("W/\"queue-r"));
        admin().header("If-None-Match", queue.header("ETag")).get("/api/admin/queue").then().statusCode(304);
        admin().queryParam("queue", true).get("/api/admin/cases").then().statusCode(200).body("items.id", hasItem((int) id));

        admin().get("/api/admin/cases/" + id).then().statusCode(200)
                .body("timeline.type", contains("SUBMITTED", "ROUTE", "DECLINE", "DECLINE"))
                .body("timeline[2].note", equalTo("本人近期出差"))
                .body("allowedActions", hasItem("ASSIGN"));

        long third = fixtures.newDeputy();
        admin().body(Map.of("deputyId", 999_999_999L)).post("/api/admin/cases/" + id + "/assign").then().statusCode(400)
                .body("errors[0].field", equalTo("deputyId"));
        admin().body(Map.of("deputyId", third, "note", "该代表熟悉此片区")).post("/api/admin/cases/" + id + "/assign")
                .then().statusCode(200)
                .body("assignedDeputyId", equalTo((int) third))
                .body("inAdministratorsQueue", equalTo(false));
        deputy(third).post("/api/deputy/cases/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void administratorsActAsHolderOfQueuedCasesOnly() {
        long a = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(a));
        admin().post("/api/admin/cases/" + id + "/accept").then().statusCode(409)
                .body("context.currentStatus", equalTo("ASSIGNED"))
                .body("context.allowedActions", not(hasItem("ACCEPT")));
        admin().body(java.util.Collections.singletonMap("deputyId", null)).post("/api/admin/cases/" + id + "/assign")
                .then().statusCode(200).body("inAdministratorsQueue", equalTo(true));
        deputy(a).get("/api/deputy/cases/" + id).then().statusCode(404);

        admin().post("/api/admin/cases/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        admin().body(Map.of("departmentId", dept)).post("/api/admin/cases/" + id + "/refer").then().statusCode(200)
                .body("status", equalTo("REFERRED"));
        CaseFixtures.department(dept).body(Map.of("reply", "已处理")).post("/api/department/cases/" + id + "/reply")
                .then().statusCode(200);
        admin().body(Map.of("text", "工作人员已电话联系")).post("/api/admin/cases/" + id + "/messages").then().statusCode(200);
        admin().body(Map.of("reply", "已处理完毕")).post("/api/admin/cases/" + id + "/respond").then().statusCode(200)
                .body("status", equalTo("RESPONDED"));
    }

    @Test
    void adminListFiltersAndRefusesAnUnknownStatus() {
        long a = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(a);
        long accepted = fixtures.submit(venue);
        long waiting = fixtures.submit(venue);
        deputy(a).post("/api/deputy/cases/" + accepted + "/accept").then().statusCode(200);

        Response page = admin().queryParam("venueId", venue).get("/api/admin/cases");
        page.then().statusCode(200).body("total", equalTo(2)).body("items.id", contains((int) accepted, (int) waiting));
        admin().queryParam("venueId", venue).queryParam("status", "ACCEPTED").get("/api/admin/cases").then().statusCode(200)
                .body("items.id", contains((int) accepted));
        admin().queryParam("deputyId", a).queryParam("overdue", false).get("/api/admin/cases").then().statusCode(200)
                .body("total", equalTo(2));
        admin().queryParam("venueId", venue).queryParam("size", 1).get("/api/admin/cases").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("total", equalTo(2));
        admin().queryParam("status", "LOST").get("/api/admin/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        admin().get("/api/admin/cases/999999999").then().statusCode(404);
        assertThat(page.jsonPath().getString("items[0].excerpt")).startsWith("小区门口");
    }
}
