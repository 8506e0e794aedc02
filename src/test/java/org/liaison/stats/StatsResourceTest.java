package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.admin;

/** The statistics endpoints: administrators only, and every bad question a 400 naming its field. */
@QuarkusTest
class StatsResourceTest {

    @Test
    void onlyAdministratorsReadStatisticsOrRebuild() {
        SecurityMatrix.assertRequires("admin", List.of(Call.get("/api/admin/stats"),
                Call.post("/api/admin/stats/rebuild", null), Call.get("/api/admin/supervision"),
                Call.get("/api/admin/stats/export?format=csv"), Call.get("/api/admin/cases/export?format=csv")));
    }

    @Test
    void badQuestionsAreProblemsNamingTheField() {
        bad("groupBy", "venue,shoe", "groupBy");
        bad("groupBy", "venue,deputy,month", "groupBy");
        bad("groupBy", "day,day", "groupBy");
        bad("from", "2027-13-01", "from");
        bad("to", "yesterday", "to");
        bad("venue", "abc", "venue");
        bad("deputy", "-3", "deputy");
        admin().queryParam("from", "2027-05-01").queryParam("to", "2027-04-01").get("/api/admin/stats")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        admin().queryParam("from", "2000-01-01").queryParam("to", "2027-04-01").get("/api/admin/stats")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void withoutParametersItIsThisMonthUngrouped() {
        admin().get("/api/admin/stats").then().statusCode(200)
                .body("groupBy.size()", equalTo(0)).body("rows.size()", equalTo(0))
                .body("total.openNow", org.hamcrest.Matchers.notNullValue());
    }

    private static void bad(String parameter, String value, String field) {
        admin().queryParam(parameter, value).get("/api/admin/stats").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(field));
    }
}
