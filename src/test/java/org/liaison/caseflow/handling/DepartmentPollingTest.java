package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** A department polls the cases referred to it with the same contract as a deputy. */
@QuarkusTest
class DepartmentPollingTest {

    static final String CASES = "/api/department/cases";

    @Inject
    CaseFixtures fixtures;

    @Test
    void referredCasesAppearChangesMoveTheEtagAndRepliedCasesStayListed() {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long other = fixtures.newDepartment();
        long venue = fixtures.venueServedBy(me);
        long referred = fixtures.submit(venue);
        fixtures.submit(venue);

        Response empty = department(dept).get(CASES);
        empty.then().statusCode(200).body("cases", hasSize(0)).header("ETag", startsWith("W/\"dept" + dept + "-r"));

        deputy(me).post("/api/deputy/cases/" + referred + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("departmentId", dept, "note", "请核实")).post("/api/deputy/cases/" + referred + "/refer")
                .then().statusCode(200);
        Response listed = department(dept).header("If-None-Match", empty.header("ETag")).get(CASES);
        listed.then().statusCode(200)
                .body("cases.id", contains((int) referred))
                .body("cases[0].status", equalTo("REFERRED"))
                .body("cases[0].departmentId", equalTo((int) dept));
        department(dept).header("If-None-Match", listed.header("ETag")).get(CASES).then().statusCode(304).body(emptyString());
        department(other).get(CASES).then().statusCode(200).body("cases", hasSize(0));

        department(dept).body(Map.of("reply", "已处理")).post(CASES + "/" + referred + "/reply").then().statusCode(200);
        department(dept).header("If-None-Match", listed.header("ETag")).get(CASES).then().statusCode(200)
                .body("cases.id", contains((int) referred))
                .body("cases[0].status", equalTo("IN_PROGRESS"));
        department(dept).queryParam("status", "REFERRED").get(CASES).then().statusCode(200).body("cases", hasSize(0));
    }
}
