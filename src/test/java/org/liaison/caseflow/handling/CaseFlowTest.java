package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** A case worked through HTTP: accept, refer, the department's reply, the answer to the resident. */
@QuarkusTest
class CaseFlowTest {

    @Inject
    CaseFixtures fixtures;

    private static String caseUrl(long id) {
        return "/api/deputy/cases/" + id;
    }

    @Test
    void acceptReferReplyRespond() {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me));

        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedDeputyId", equalTo((int) me))
                .body("routingRule", notNullValue())
                .body("routingReasonZh", notNullValue())
                .body("acceptDueAt", notNullValue())
                .body("resolveDueAt", notNullValue())
                .body("categoryCode", equalTo("ENVIRONMENT"))
                .body("timeline.type", contains("SUBMITTED", "ROUTE"));

        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedAt", notNullValue()).body("acceptDueAt", nullValue());
        deputy(me).post(caseUrl(id) + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        deputy(me).body(Map.of("departmentId", dept, "note", "请核实垃圾清运")).post(caseUrl(id) + "/refer")
                .then().statusCode(200)
                .body("status", equalTo("REFERRED"))
                .body("departmentId", equalTo((int) dept))
                .body("referrals", hasSize(1))
                .body("referrals[0].note", equalTo("请核实垃圾清运"))
                .body("allowedActions", hasItem("RECALL_REFERRAL"));

        department(dept).get("/api/department/cases").then().statusCode(200).body("cases.id", hasItem((int) id));
        department(dept).get("/api/department/cases/" + id).then().statusCode(200)
                .body("status", equalTo("REFERRED"))
                .body("allowedActions", contains("DEPARTMENT_REPLY", "ADD_MESSAGE"));
        department(dept).body(Map.of("text", "已派人查看")).post("/api/department/cases/" + id + "/messages")
                .then().statusCode(200);
        department(dept).body(Map.of("reply", "已安排每日清运两次")).post("/api/department/cases/" + id + "/reply")
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("departmentId", nullValue())
                .body("allowedActions", hasSize(0));

        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("referrals[0].reply", equalTo("已安排每日清运两次"))
                .body("referrals[0].repliedAt", notNullValue())
                .body("referrals[0].closedAt", notNullValue())
                .body("timeline.type", hasItems("REFER", "ADD_MESSAGE", "DEPARTMENT_REPLY"));
        // the department still reads a case it replied to, but can no longer act on it
        department(dept).get("/api/department/cases/" + id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        department(dept).body(Map.of("reply", "again")).post("/api/department/cases/" + id + "/reply").then().statusCode(409);

        deputy(me).body(Map.of("reply", "已协调环卫所每日清运两次")).post(caseUrl(id) + "/respond").then().statusCode(200)
                .body("status", equalTo("RESPONDED"))
                .body("respondedAt", notNullValue())
                .body("rateDueAt", notNullValue())
                .body("resolveDueAt", nullValue());
    }

    @Test
    void requestInfoPausesTheClockAndRecallTakesAReferralBack() {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("question", "请补充门牌号")).post(caseUrl(id) + "/request-info").then().statusCode(200)
                .body("status", equalTo("AWAITING_INFO")).body("clockPausedAt", notNullValue());
        deputy(me).post(caseUrl(id) + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("clockPausedAt", nullValue());
        deputy(me).body(Map.of("departmentId", dept)).post(caseUrl(id) + "/refer").then().statusCode(200);
        deputy(me).contentType("application/json").post(caseUrl(id) + "/recall-referral").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("referrals[0].closedAt", notNullValue());
        deputy(me).body(Map.of("reason", "重复提交")).post(caseUrl(id) + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("allowedActions", hasSize(0));
    }

    @Test
    void referringNeedsAnActiveDepartmentAndTextsAreValidated() {
        long me = fixtures.newDeputy();
        long inactive = fixtures.newDepartment();
        fixtures.update("update department set active = false where id = ?", inactive);
        long id = fixtures.submit(fixtures.venueServedBy(me));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200);

        deputy(me).body(Map.of("departmentId", 999_999_999L)).post(caseUrl(id) + "/refer").then().statusCode(400)
                .body("errors[0].field", equalTo("departmentId"));
        deputy(me).body(Map.of("departmentId", inactive)).post(caseUrl(id) + "/refer").then().statusCode(400)
                .body("errors[0].field", equalTo("departmentId"));
        deputy(me).body(Map.of()).post(caseUrl(id) + "/refer").then().statusCode(400);
        deputy(me).body(Map.of("reply", "")).post(caseUrl(id) + "/respond").then().statusCode(400)
                .body("errors[0].field", equalTo("reply"));
        deputy(me).body(Map.of("text", "x".repeat(4001))).post(caseUrl(id) + "/messages").then().statusCode(400);
        deputy(me).body(Map.of("reason", "x".repeat(1001))).post(caseUrl(id) + "/reject").then().statusCode(400);
        deputy(me).get(caseUrl(id)).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("referrals", hasSize(0));
    }
}
