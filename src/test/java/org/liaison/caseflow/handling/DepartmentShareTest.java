package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.Rating;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/**
 * A department reads its own referral (its note, its reply, its messages) and the public timeline: never the
 * deputies' internal notes, another department's referral, note, reply or messages, nor the rating comment.
 */
@QuarkusTest
class DepartmentShareTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    WorkflowDriver driver;

    @Test
    void aDepartmentSeesItsOwnReferralAndThePublicTimelineOnly() {
        long me = fixtures.newDeputy();
        long first = fixtures.newDepartment();
        long second = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        String base = "/api/deputy/cases/" + id;
        deputy(me).post(base + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("departmentId", first, "note", "给一局的说明")).post(base + "/refer").then().statusCode(200);
        department(first).body(Map.of("reply", "一局的答复")).post("/api/department/cases/" + id + "/reply").then().statusCode(200);
        deputy(me).body(Map.of("departmentId", second, "note", "给二局的说明")).post(base + "/refer").then().statusCode(200);
        department(second).body(Map.of("text", "二局的留言")).post("/api/department/cases/" + id + "/messages").then().statusCode(200);
        deputy(me).body(Map.of("note", "内部收回说明")).post(base + "/recall-referral").then().statusCode(200);
        deputy(me).body(Map.of("reply", "已办结")).post(base + "/respond").then().statusCode(200);
        driver.apply(id, CaseAction.RATE, Actor.resident(), ActionDetails.rating(Rating.UNSATISFIED, "评价意见不满意"));

        JsonPath seenByFirst = department(first).get("/api/department/cases/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(seenByFirst.getList("referrals.departmentId", Long.class)).containsExactly(first);
        assertThat(seenByFirst.getList("referrals.note", String.class)).containsExactly("给一局的说明");
        assertThat(seenByFirst.getList("referrals.reply", String.class)).containsExactly("一局的答复");
        List<String> firstNotes = seenByFirst.getList("timeline.note", String.class);
        assertThat(firstNotes).contains("给一局的说明", "一局的答复", "已办结")
                .doesNotContain("给二局的说明", "二局的留言", "内部收回说明", "评价意见不满意");
        assertThat(seenByFirst.getString("ratingComment")).isNull();
        assertThat(seenByFirst.getList("timeline.actorId", Long.class)).doesNotContain(second);

        JsonPath seenBySecond = department(second).get("/api/department/cases/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(seenBySecond.getList("referrals.departmentId", Long.class)).containsExactly(second);
        assertThat(seenBySecond.getList("timeline.note", String.class)).contains("给二局的说明", "二局的留言")
                .doesNotContain("给一局的说明", "一局的答复", "内部收回说明", "评价意见不满意");

        // the deputy still reads everything
        JsonPath seenByDeputy = deputy(me).get(base).then().statusCode(200).extract().jsonPath();
        assertThat(seenByDeputy.getList("referrals")).hasSize(2);
        assertThat(seenByDeputy.getList("timeline.note", String.class)).contains("内部收回说明", "二局的留言", "评价意见不满意");
    }
}
