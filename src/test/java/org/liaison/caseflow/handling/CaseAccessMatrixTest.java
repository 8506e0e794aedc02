package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix.Call;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Another deputy's case, and a case never referred to a department, answer 404 exactly like an unknown id, on
 * every endpoint, and nothing changes.
 */
@QuarkusTest
class CaseAccessMatrixTest {

    @Inject
    CaseFixtures fixtures;

    static List<Call> deputyCalls(long id) {
        String base = "/api/deputy/cases/" + id;
        return List.of(
                Call.get(base),
                Call.post(base + "/accept", null),
                Call.post(base + "/decline", Map.of("reason", "不想办")),
                Call.post(base + "/start", null),
                Call.post(base + "/request-info", Map.of("question", "请补充")),
                Call.post(base + "/refer", Map.of("departmentId", 1)),
                Call.post(base + "/recall-referral", Map.of("note", "收回")),
                Call.post(base + "/respond", Map.of("reply", "已办")),
                Call.post(base + "/reject", Map.of("reason", "不受理")),
                Call.post(base + "/messages", Map.of("text", "你好")));
    }

    static List<Call> departmentCalls(long id) {
        String base = "/api/department/cases/" + id;
        return List.of(
                Call.get(base),
                Call.post(base + "/reply", Map.of("reply", "已办")),
                Call.post(base + "/messages", Map.of("text", "你好")));
    }

    @Test
    void anotherDeputyAndAnotherDepartmentGet404OnEveryEndpoint() {
        long owner = fixtures.newDeputy();
        long stranger = fixtures.newDeputy();
        long referredTo = fixtures.newDepartment();
        long otherDepartment = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(owner));
        deputy(owner).post("/api/deputy/cases/" + id + "/accept").then().statusCode(200);
        deputy(owner).body(Map.of("departmentId", referredTo)).post("/api/deputy/cases/" + id + "/refer").then().statusCode(200);
        long version = fixtures.queryLong("select version from resident_case where id = ?", id);

        for (Call call : deputyCalls(id)) {
            send(deputy(stranger), call).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", equalTo("Case " + id + " was not found."));
        }
        for (Call call : departmentCalls(id)) {
            send(department(otherDepartment), call).then().statusCode(404)
                    .body("detail", equalTo("Case " + id + " was not found."));
        }
        // an unknown id reads exactly the same
        long unknown = 987_654_321L;
        for (Call call : deputyCalls(unknown)) {
            send(deputy(stranger), call).then().statusCode(404).body("detail", equalTo("Case " + unknown + " was not found."));
        }
        for (Call call : departmentCalls(unknown)) {
            send(department(referredTo), call).then().statusCode(404);
        }
        // nothing changed, and the rightful readers still reach the case
        org.assertj.core.api.Assertions.assertThat(fixtures.queryLong("select version from resident_case where id = ?", id))
                .isEqualTo(version);
        deputy(owner).get("/api/deputy/cases/" + id).then().statusCode(200).body("status", equalTo("REFERRED"));
        department(referredTo).get("/api/department/cases/" + id).then().statusCode(200);
    }

    private static io.restassured.response.Response send(io.restassured.specification.RequestSpecification spec, Call call) {
        if (call.body() != null) {
            spec = spec.body(call.body());
        }
        return spec.request(call.method(), call.path());
    }
}
