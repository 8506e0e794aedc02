package org.liaison.notification;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.liaison.support.MutableClock;
import org.liaison.support.Tokens;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * A case through the public and work APIs, as the notification tests need it: a venue whose deputy (with a phone) is
 * on duty every day, a department with a contact phone, and a resident's submission with phone and consent.
 */
final class NotifyFlow {

    static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    String residentPhone = randomMobile();
    final String deputyPhone = randomMobile();
    final String departmentPhone = randomMobile();
    final String otherDeputyPhone = randomMobile();
    final long deputy;
    final long otherDeputy;
    final long department;
    final String venueCode;
    String trackingCode;
    /** The deputy holding the case (of the two on duty, the one routing picked). */
    long holder;
    String secret;
    long caseId;

    NotifyFlow() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long venue = create("/api/admin/venues", Map.of("kind", "HOME", "name", "通知之家 " + tag, "region", "梁溪区", "address", "一号路"));
        deputy = create("/api/admin/deputies", Map.of("name", "通知代表" + tag, "level", "COUNTY", "phone", deputyPhone));
        otherDeputy = create("/api/admin/deputies", Map.of("name", "候补代表" + tag, "level", "COUNTY", "phone", otherDeputyPhone));
        for (long serving : List.of(deputy, otherDeputy)) {
            admin().body(Map.of("deputyId", serving, "rule", Map.of("kind", "WEEKLY", "weekdays", EVERY_DAY)))
                    .post("/api/admin/venues/" + venue + "/duties").then().statusCode(201);
        }
        department = create("/api/admin/departments", Map.of("code", "N_" + tag, "nameZh", "通知局 " + tag, "contactPhone", departmentPhone));
        venueCode = admin().get("/api/admin/venues/" + venue + "/qr/code").then().statusCode(200).extract().path("code");
    }

    static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Moves the service clock to 10:00 of the next day (outside quiet hours); the caller resets it. */
    static void daytime(MutableClock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime target = now.toLocalDate().plusDays(1).atTime(LocalTime.of(10, 0)).atZone(clock.getZone());
        clock.advance(Duration.between(now, target));
    }

    NotifyFlow submit(boolean consent) {
        return submit(consent, null);
    }

    /** The submission, in the resident's language when one is given (zh-CN or en). */
    NotifyFlow submit(boolean consent, String language) {
        Map<String, Object> message = new HashMap<>(Map.of("categoryCode", "ENVIRONMENT", "text", "路灯坏了好几天没人修",
                "name", "王五", "phone", residentPhone, "contactConsent", consent));
        if (language != null) {
            message.put("language", language);
        }
        Response created = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(message).post("/api/public/venues/" + venueCode + "/submissions");
        created.then().statusCode(201);
        trackingCode = created.path("trackingCode");
        secret = created.path("secret");
        for (long serving : List.of(deputy, otherDeputy)) {
            Number found = given().auth().oauth2(Tokens.deputy(serving)).get("/api/deputy/assignments")
                    .path("cases.find { it.trackingCode == '" + trackingCode + "' }.id");
            if (found != null) {
                holder = serving;
                caseId = found.longValue();
            }
        }
        return this;
    }

    String holderPhone() {
        return holder == deputy ? deputyPhone : otherDeputyPhone;
    }

    void accept() {
        deputy().post(cases() + "/accept").then().statusCode(200);
    }

    void refer() {
        deputy().body(Map.of("departmentId", department, "note", "请修路灯")).post(cases() + "/refer").then().statusCode(200);
    }

    void reply() {
        given().auth().oauth2(Tokens.department(department)).contentType(ContentType.JSON).body(Map.of("reply", "已修好"))
                .post("/api/department/cases/" + caseId + "/reply").then().statusCode(200);
    }

    void respond() {
        deputy().body(Map.of("reply", "路灯已修复，请查看。")).post(cases() + "/respond").then().statusCode(200);
    }

    void rate() {
        given().contentType(ContentType.JSON).header("X-Case-Secret", secret).body(Map.of("rating", "SATISFIED"))
                .post("/api/public/cases/" + trackingCode + "/rating").then().statusCode(200);
    }

    private String cases() {
        return "/api/deputy/cases/" + caseId;
    }

    RequestSpecification deputy() {
        return given().auth().oauth2(Tokens.deputy(holder)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    private static long create(String path, Map<String, Object> body) {
        return ((Number) admin().body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }
}
