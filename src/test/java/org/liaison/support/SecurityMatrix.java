package org.liaison.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The negative authentication matrix every secured endpoint must pass: no token, expired,
 * tampered, foreign-key, wrong-issuer and wrong-audience tokens get 401; the wrong role gets 403.
 */
public final class SecurityMatrix {

    private SecurityMatrix() {
    }

    public record Call(String method, String path, Object body) {
        public static Call get(String path) {
            return new Call("GET", path, null);
        }

        public static Call post(String path, Object body) {
            return new Call("POST", path, body);
        }

        public static Call put(String path, Object body) {
            return new Call("PUT", path, body);
        }

        public static Call delete(String path) {
            return new Call("DELETE", path, null);
        }
    }

    /** For endpoints every role may call: only the 401 half of the matrix applies. */
    public static void assertAuthenticated(List<Call> calls) {
        for (Call call : calls) {
            send(given(), call).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            unauthorizedTokens().forEach((name, token) -> send(given().auth().oauth2(token), call)
                    .then().statusCode(401).body("status", equalTo(401)));
        }
    }

    private static Map<String, String> unauthorizedTokens() {
        return Map.of(
                "expired", Tokens.expired(),
                "tampered", Tokens.tampered(),
                "foreign key", Tokens.foreignKey(),
                "wrong issuer", Tokens.wrongIssuer(),
                "wrong audience", Tokens.wrongAudience(),
                "garbage", "not-a-jwt");
    }

    public static void assertRequires(String role, List<Call> calls) {
        Map<String, String> unauthorized = unauthorizedTokens();
        Map<String, String> otherRoles = new java.util.HashMap<>(Map.of(
                "admin", Tokens.admin(), "deputy", Tokens.deputy(1), "department", Tokens.department(1)));
        otherRoles.remove(role);
        for (Call call : calls) {
            send(given(), call).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            unauthorized.forEach((name, token) -> send(given().auth().oauth2(token), call)
                    .then().statusCode(401).body("status", equalTo(401)));
            otherRoles.forEach((name, token) -> send(given().auth().oauth2(token), call)
                    .then().statusCode(403).contentType(startsWith("application/problem+json")).body("status", equalTo(403)));
        }
    }

    private static io.restassured.response.Response send(RequestSpecification spec, Call call) {
        if (call.body() instanceof byte[] upload) {
            spec = spec.contentType(ContentType.BINARY).body(upload);
        } else if (call.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(call.body());
        }
        return spec.request(call.method(), call.path());
    }
}
