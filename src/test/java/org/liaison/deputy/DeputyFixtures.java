package org.liaison.deputy;

import io.restassured.http.ContentType;
import org.liaison.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Deputies made through the API, with names no other test uses. */
public final class DeputyFixtures {

    /** The phone every fixture deputy has, as stored (it is sent as "+86 138 0000 0009"). */
    public static final String PHONE = "13800000009";

    private DeputyFixtures() {
    }

    public static Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", "MUNICIPAL");
        body.put("constituency", "梁溪区第三选区");
        body.put("title", "社区卫生服务中心主任");
        body.put("biography", "长期关注社区医疗和养老服务。");
        body.put("photoUrl", "https://example.org/photos/1.jpg");
        body.put("phone", "+86 138 0000 0009");
        body.put("topics", List.of("HOUSING", " 养老 ", "HOUSING"));
        return body;
    }

    /** Creates an active deputy and returns its id. */
    public static long create() {
        return create(body("代表 " + UUID.randomUUID()));
    }

    public static long create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/deputies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a deputy and deactivates it; returns its id. */
    public static long createInactive() {
        long id = create();
        given().auth().oauth2(Tokens.admin()).delete("/api/admin/deputies/" + id).then().statusCode(204);
        return id;
    }
}
