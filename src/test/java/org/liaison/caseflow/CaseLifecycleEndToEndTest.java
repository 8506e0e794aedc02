package org.liaison.caseflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 3's whole story through HTTP against the embedded PostgreSQL: a resident's message at a venue
 * reaches the deputy on duty, is referred, answered, rated unsatisfied, reopened, answered again and closed.
 */
@QuarkusTest
class CaseLifecycleEndToEndTest {

    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    private static final String PHONE = "13912345678";
    private static final String NAME = "李四";

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    private static RequestSpecification deputy(long id) {
        return given().auth().oauth2(Tokens.deputy(id)).contentType(ContentType.JSON);
    }

    private static RequestSpecification department(long id) {
        return given().auth().oauth2(Tokens.department(id)).contentType(ContentType.JSON);
    }

    private static long create(String path, Map<String, Object> body) {
        return ((Number) admin().body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void fromScanToRatedOutcome() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long home = create("/api/admin/venues", Map.of("kind", "HOME", "name", "全流程之家 " + tag, "region", "梁溪区", "address", "一号路"));
        long point = create("/api/admin/venues", Map.of("kind", "STATION", "parentId", home, "name", "全流程联络站 " + tag,
                "region", "梁溪区", "address", "二号路"));
        long onDuty = create("/api/admin/deputies", Map.of("name", "值班代表" + tag, "level", "COUNTY", "phone", "13700000009"));
        long other = create("/api/admin/deputies", Map.of("name", "另一代表" + tag, "level", "COUNTY"));
        admin().body(Map.of("deputyId", onDuty, "rule", Map.of("kind", "WEEKLY", "weekdays", EVERY_DAY)))
                .post("/api/admin/venues/" + point + "/duties").then().statusCode(201);
        admin().body(Map.of("deputyId", other, "rule", Map.of("kind", "DATES", "dates", List.of("2099-01-01"))))
                .post("/api/admin/venues/" + point + "/duties").then().statusCode(201);
        long bureau = create("/api/admin/departments", Map.of("code", "E2E_" + tag, "nameZh", "全流程局 " + tag));
        String venueCode = admin().get("/api/admin/venues/" + point + "/qr/code").then().statusCode(200).extract().path("code");

        // The deputy's app polls before anything exists: an ETag, then 304 while nothing changes.
        String etag = deputy(onDuty).get("/api/deputy/assignments").then().statusCode(200).extract().header("ETag");
        deputy(onDuty).header("If-None-Match", etag).get("/api/deputy/assignments").then().statusCode(304);

        // The resident submits; the flaky network retries with the same Idempotency-Key: still one case.
        Map<String, Object> message = new HashMap<>(Map.of("categoryCode", "ENVIRONMENT", "text", "小区门口垃圾堆放三天无人清理",
                "name", NAME, "phone", PHONE, "contactConsent", true));
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(message)
                .post("/api/public/venues/" + venueCode + "/submissions");
        first.then().statusCode(201).body("status", equalTo("ASSIGNED"));
        Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(message)
                .post("/api/public/venues/" + venueCode + "/submissions");
        retry.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("trackingCode", equalTo(first.path("trackingCode")));
        String tracking = first.path("trackingCode");
        String secret = first.path("secret");
        assertThat((String) first.path("routingReasonEn")).contains("on duty today");
        admin().queryParam("venueId", point).get("/api/admin/cases").then().statusCode(200).body("total", equalTo(1));

        // Routed to the deputy on duty: its poll now brings the case, then 304 again.
        Response poll = deputy(onDuty).header("If-None-Match", etag).get("/api/deputy/assignments");
        poll.then().statusCode(200).body("cases.trackingCode", hasItem(tracking));
        long caseId = ((Number) poll.path("cases.find { it.trackingCode == '" + tracking + "' }.id")).longValue();
        deputy(onDuty).header("If-None-Match", poll.header("ETag")).get("/api/deputy/assignments").then().statusCode(304);

        // The phone is masked until the deputy accepts; then it is shown.
        String cases = "/api/deputy/cases/" + caseId;
        deputy(onDuty).get(cases).then().statusCode(200).body("resident.phone", equalTo("****5678"));
        deputy(other).get(cases).then().statusCode(404);
        deputy(onDuty).post(cases + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("resident.phone", equalTo(PHONE)).body("resident.name", equalTo(NAME));

        // Referred to the department, which replies; the case returns to the deputy with the reply.
        deputy(onDuty).body(Map.of("departmentId", bureau, "note", "请城管清运")).post(cases + "/refer")
                .then().statusCode(200).body("status", equalTo("REFERRED"));
        department(bureau).get("/api/department/cases").then().statusCode(200).body("cases.id", hasItem((int) caseId));
        department(bureau).body(Map.of("reply", "已安排今日清运")).post("/api/department/cases/" + caseId + "/reply")
                .then().statusCode(200);
        deputy(onDuty).get(cases).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        deputy(onDuty).body(Map.of("reply", "城管已于今日清运，请查看。")).post(cases + "/respond")
                .then().statusCode(200).body("status", equalTo("RESPONDED"));

        // The resident sees every step, with no personal data in it, and is not satisfied: the case reopens.
        RequestSpecification resident = given().contentType(ContentType.JSON).header("X-Case-Secret", secret);
        Response view = resident.get("/api/public/cases/" + tracking);
        view.then().statusCode(200).body("status", equalTo("RESPONDED"));
        assertThat(view.<List<String>>path("timeline.type"))
                .containsSubsequence("SUBMITTED", "ROUTE", "ACCEPT", "REFER", "DEPARTMENT_REPLY", "RESPOND");
        assertThat(view.asString()).doesNotContain(PHONE).doesNotContain(NAME).doesNotContain("13700000009");
        given().contentType(ContentType.JSON).header("X-Case-Secret", secret).body(Map.of("rating", "UNSATISFIED", "comment", "还有一堆没清"))
                .post("/api/public/cases/" + tracking + "/rating")
                .then().statusCode(200).body("status", equalTo("REOPENED"));
        deputy(onDuty).get(cases).then().statusCode(200).body("supervised", equalTo(true)).body("reopenCount", equalTo(1));

        // Answered again and rated satisfied: closed.
        deputy(onDuty).body(Map.of("reply", "剩余垃圾已全部清运。")).post(cases + "/respond")
                .then().statusCode(200).body("status", equalTo("RESPONDED"));
        given().contentType(ContentType.JSON).header("X-Case-Secret", secret).body(Map.of("rating", "SATISFIED"))
                .post("/api/public/cases/" + tracking + "/rating")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        Response closed = given().header("X-Case-Secret", secret).get("/api/public/cases/" + tracking);
        closed.then().statusCode(200).body("closedAs", equalTo("SATISFIED"));
        assertThat(closed.<List<String>>path("timeline.type")).containsSubsequence(
                "SUBMITTED", "ROUTE", "ACCEPT", "REFER", "DEPARTMENT_REPLY", "RESPOND", "RATE", "RESPOND", "RATE");
        given().header("X-Case-Secret", "wrong-" + secret).get("/api/public/cases/" + tracking).then().statusCode(404);
    }
}
