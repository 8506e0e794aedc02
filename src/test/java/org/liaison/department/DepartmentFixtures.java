package org.liaison.department;

import io.restassured.http.ContentType;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Departments made through the API, with codes no other test uses. */
public final class DepartmentFixtures {

    private DepartmentFixtures() {
    }

    /** A code nobody else uses, within ^[A-Z][A-Z0-9_]{1,39}$: the prefix, '_' and 16 upper-case hex digits. */
    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    public static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameZh", "区城市管理局");
        body.put("nameEn", "District Urban Management Bureau");
        body.put("contactPhone", "0510 8000 0001");
        return body;
    }

    /** Creates an active department and returns its id. */
    public static long create() {
        return create(uniqueCode("DEP"));
    }

    public static long create(String code) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body(code))
                .post("/api/admin/departments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a department and deactivates it; returns its id. */
    public static long createInactive() {
        long id = create();
        given().auth().oauth2(Tokens.admin()).delete("/api/admin/departments/" + id).then().statusCode(204);
        return id;
    }
}
