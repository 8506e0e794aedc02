package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.support.SecurityMatrix.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * Role × endpoint × someone else's object: another deputy's case, a case its deputy lost to a reassignment, and a
 * case referred to another department answer 404 on every endpoint, with nothing of the case in the body, and
 * change nothing (with and without If-Match).
 */
@QuarkusTest
class CaseAccessByRoleTest {

    /** The cases and readers, made once for all the parameterised runs. */
    record World(long caseId, String trackingCode, String text, long holder, long stranger, long formerHolder,
                 long referredTo, long otherDepartment) {
    }

    private static World world;

    @Inject
    CaseFixtures fixtures;

    private synchronized World world() {
        if (world == null) {
            long former = fixtures.newDeputy();
            long holder = fixtures.newDeputy();
            long stranger = fixtures.newDeputy();
            long referredTo = fixtures.newDepartment();
            long otherDepartment = fixtures.newDepartment();
            long id = fixtures.submit(fixtures.venueServedBy(former));
            deputy(former).post("/api/deputy/cases/" + id + "/accept").then().statusCode(200);
            CaseFixtures.admin().body(Map.of("deputyId", holder)).post("/api/admin/cases/" + id + "/assign").then().statusCode(200);
            deputy(holder).post("/api/deputy/cases/" + id + "/accept").then().statusCode(200);
            deputy(holder).body(Map.of("departmentId", referredTo, "note", "请核实")).post("/api/deputy/cases/" + id + "/refer")
                    .then().statusCode(200);
            Map<String, Object> row = fixtures.row("select tracking_code, text from resident_case where id = ?", id);
            world = new World(id, (String) row.get("tracking_code"), (String) row.get("text"), holder, stranger, former,
                    referredTo, otherDepartment);
        }
        return world;
    }

    static List<Call> deputyCalls() {
        return CaseAccessMatrixTest.deputyCalls(0);
    }

    static List<Call> departmentCalls() {
        return CaseAccessMatrixTest.departmentCalls(0);
    }

    private void refused(RequestSpecification as, Call template, World w) {
        long version = fixtures.queryLong("select version from resident_case where id = ?", w.caseId());
        for (String ifMatch : new String[]{null, "\"" + version + "\""}) {
            Call call = new Call(template.method(), template.path().replace("/0", "/" + w.caseId()), template.body());
            RequestSpecification spec = ifMatch == null ? as : as.header("If-Match", ifMatch);
            if (call.body() != null) {
                spec = spec.body(call.body());
            }
            Response response = spec.request(call.method(), call.path());
            response.then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("detail", equalTo("Case " + w.caseId() + " was not found."));
            assertThat(response.asString()).doesNotContain(w.trackingCode()).doesNotContain(w.text()).doesNotContain("请核实");
        }
        assertThat(fixtures.queryLong("select version from resident_case where id = ?", w.caseId())).isEqualTo(version);
    }

    @ParameterizedTest(name = "another deputy: {0}")
    @MethodSource("deputyCalls")
    void anotherDeputysCase(Call call) {
        World w = world();
        refused(deputy(w.stranger()), call, w);
    }

    @ParameterizedTest(name = "the deputy it was taken from: {0}")
    @MethodSource("deputyCalls")
    void aCaseAfterReassignment(Call call) {
        World w = world();
        refused(deputy(w.formerHolder()), call, w);
    }

    @ParameterizedTest(name = "another department: {0}")
    @MethodSource("departmentCalls")
    void anotherDepartmentsReferral(Call call) {
        World w = world();
        refused(department(w.otherDepartment()), call, w);
    }

    @ParameterizedTest(name = "polls of others: {0}")
    @MethodSource("pollers")
    void pollsListNothingOfOthersCases(String who) {
        World w = world();
        RequestSpecification as = switch (who) {
            case "stranger" -> deputy(w.stranger());
            case "former" -> deputy(w.formerHolder());
            default -> department(w.otherDepartment());
        };
        String path = who.equals("department") ? "/api/department/cases?since=0" : "/api/deputy/assignments?since=0";
        List<Integer> ids = as.get(path).then().statusCode(200).extract().jsonPath().getList("cases.id", Integer.class);
        assertThat(ids).doesNotContain((int) w.caseId());
    }

    static List<String> pollers() {
        return new ArrayList<>(List.of("stranger", "former", "department"));
    }
}
