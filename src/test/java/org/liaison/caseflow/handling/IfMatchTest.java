package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** Case views carry the version as their ETag; an action sent with a stale If-Match is refused with 409. */
@QuarkusTest
class IfMatchTest {

    @Inject
    CaseFixtures fixtures;

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    @Test
    void aStaleReassignmentCannotOverrideAFreshAcceptance() {
        long me = fixtures.newDeputy();
        long other = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        String seenByAdmin = admin().get("/api/admin/cases/" + id).then().statusCode(200)
                .extract().header("ETag");
        long before = fixtures.queryLong("select version from resident_case where id = ?", id);
        assertThat(seenByAdmin).isEqualTo(etag(before));

        String afterAccept = deputy(me).header("If-Match", etag(before)).post("/api/deputy/cases/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().header("ETag");
        long accepted = fixtures.queryLong("select version from resident_case where id = ?", id);
        assertThat(accepted).isGreaterThan(before);
        assertThat(afterAccept).isEqualTo(etag(accepted));

        admin().header("If-Match", seenByAdmin).body(Map.of("deputyId", other))
                .post("/api/admin/cases/" + id + "/assign").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("context.currentVersion", equalTo((int) accepted));
        assertThat(fixtures.row("select status, assigned_deputy_id, version from resident_case where id = ?", id))
                .containsEntry("status", "ACCEPTED").containsEntry("assigned_deputy_id", me).containsEntry("version", accepted);

        // with the current version, or without If-Match, it goes through as before
        admin().header("If-Match", afterAccept).body(Map.of("deputyId", other))
                .post("/api/admin/cases/" + id + "/assign").then().statusCode(200).body("assignedDeputyId", equalTo((int) other));
        deputy(other).post("/api/deputy/cases/" + id + "/accept").then().statusCode(200);
    }

    @Test
    void everyKindOfActionChecksIfMatch() {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        String base = "/api/deputy/cases/" + id;
        String stale = deputy(me).get(base).then().statusCode(200).extract().header("ETag");
        deputy(me).post(base + "/accept").then().statusCode(200);
        deputy(me).header("If-Match", stale).body(Map.of("text", "你好")).post(base + "/messages").then().statusCode(409);
        deputy(me).header("If-Match", stale).body(Map.of("departmentId", dept)).post(base + "/refer").then().statusCode(409);
        String current = deputy(me).get(base).then().extract().header("ETag");
        deputy(me).header("If-Match", current).body(Map.of("departmentId", dept)).post(base + "/refer").then().statusCode(200);
        department(dept).header("If-Match", current).body(Map.of("reply", "已办"))
                .post("/api/department/cases/" + id + "/reply").then().statusCode(409);
        String seenByDepartment = department(dept).get("/api/department/cases/" + id).then().statusCode(200)
                .extract().header("ETag");
        department(dept).header("If-Match", seenByDepartment).body(Map.of("reply", "已办"))
                .post("/api/department/cases/" + id + "/reply").then().statusCode(200);
        deputy(me).header("If-Match", "\"not-a-version\"").body(Map.of("text", "你好")).post(base + "/messages")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        deputy(me).header("If-Match", "*").body(Map.of("text", "你好")).post(base + "/messages").then().statusCode(200);
    }
}
