package org.liaison.ops.sweep;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.liaison.department.DepartmentFixtures;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Objects of the sweep's own, so path parameters name things that exist without touching what other tests use:
 * a deputy on duty every day at a venue, a case routed to it, a department, a category, an account.
 */
record SweepFixtures(long deputyId, long venueId, long dutyId, String venueCode, String deputyCode, long departmentId,
                     long categoryId, long accountId, long caseId, String trackingCode, String secret) {

    private static volatile SweepFixtures current;

    static SweepFixtures create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long deputy = DeputyFixtures.create();
        long venue = id(admin().body(Map.of("kind", "HOME", "name", "扫描之家 " + tag, "region", "梁溪区", "address", "一号路"))
                .post("/api/admin/venues"));
        long duty = id(admin().body(Map.of("deputyId", deputy, "rule", Map.of("kind", "WEEKLY", "weekdays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))))
                .post("/api/admin/venues/" + venue + "/duties"));
        String venueCode = admin().get("/api/admin/venues/" + venue + "/qr/code").then().statusCode(200).extract().path("code");
        String deputyCode = admin().get("/api/admin/deputies/" + deputy + "/qr/code").then().statusCode(200).extract().path("code");
        long department = DepartmentFixtures.create();
        String categoryCode = "SW" + tag.toUpperCase().replace("-", "");
        long category = id(admin().body(Map.of("code", categoryCode, "nameZh", "扫描", "nameEn", "Sweep",
                "acceptHours", 24, "resolveHours", 240)).post("/api/admin/categories"));
        long account = id(admin().body(Map.of("username", "sweep-" + tag, "password", "a long sweep password",
                "role", "department", "departmentId", department)).post("/api/admin/accounts"));
        Response submitted = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("categoryCode", categoryCode, "text", "扫描用的留言")).post("/api/public/venues/" + venueCode + "/submissions");
        submitted.then().statusCode(201);
        String tracking = submitted.path("trackingCode");
        long caseId = ((Number) admin().queryParam("venueId", venue).get("/api/admin/cases").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        current = new SweepFixtures(deputy, venue, duty, venueCode, deputyCode, department, category, account, caseId,
                tracking, submitted.path("secret"));
        return current;
    }

    /** A real object for the path parameter, chosen by the collection it follows. */
    String pathValue(String template, String name) {
        String before = template.substring(0, Math.max(0, template.indexOf("{" + name + "}")));
        return switch (name) {
            case "dutyId" -> String.valueOf(dutyId);
            case "trackingCode" -> trackingCode;
            case "code" -> before.endsWith("/d/") || before.contains("/deputies/") ? deputyCode : venueCode;
            default -> String.valueOf(before.endsWith("/deputies/") ? deputyId
                    : before.endsWith("/departments/") ? departmentId
                    : before.endsWith("/categories/") ? categoryId
                    : before.endsWith("/accounts/") ? accountId
                    : before.endsWith("/cases/") ? caseId
                    : venueId);
        };
    }

    /** A token of the role the path is for, and the case secret for the resident's case API. */
    static Map<String, String> headersFor(String path) {
        SweepFixtures fixtures = current;
        if (path.startsWith("/api/admin/")) {
            return Map.of("Authorization", "Bearer " + Tokens.admin());
        } else if (path.startsWith("/api/deputy/")) {
            return Map.of("Authorization", "Bearer " + Tokens.deputy(fixtures.deputyId));
        } else if (path.startsWith("/api/department/")) {
            return Map.of("Authorization", "Bearer " + Tokens.department(fixtures.departmentId));
        } else if (path.startsWith("/api/public/cases/")) {
            return Map.of("X-Case-Secret", fixtures.secret);
        }
        return Map.of();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    private static long id(Response response) {
        return ((Number) response.then().statusCode(201).extract().path("id")).longValue();
    }
}
