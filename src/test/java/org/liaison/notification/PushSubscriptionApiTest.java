package org.liaison.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.notification.webpush.BrowserSubscription;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The subscription endpoints through HTTP: hard validation with field errors (problem+json) that changes nothing,
 * the tracking secret as the only permission (the same 404 as the tracking API), the per-case bound, renewal,
 * removal, and the public key.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class PushSubscriptionApiTest {

    @Inject
    Pool pool;

    private final BrowserSubscription browser = new BrowserSubscription();

    private static String path(NotifyFlow flow) {
        return "/api/public/cases/" + flow.trackingCode + "/push-subscriptions";
    }

    private Map<String, Object> body(String endpoint, String p256dh, String auth) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("p256dh", p256dh);
        keys.put("auth", auth);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endpoint", endpoint);
        body.put("keys", keys);
        return body;
    }

    private ValidatableResponse post(NotifyFlow flow, String secret, Object body) {
        return given().contentType(ContentType.JSON).header("X-Case-Secret", secret).body(body).post(path(flow)).then();
    }

    private static String endpoint() {
        return "https://updates.push.services.mozilla.com/wpush/v2/" + UUID.randomUUID();
    }

    private long count(NotifyFlow flow) {
        return (Long) OutboxRows.query(pool, "select count(*) as n from push_subscription where case_id = $1", flow.caseId)
                .get(0).get("n");
    }

    @Test
    void badSubscriptionsAreRefusedFieldByFieldAndChangeNothing() {
        NotifyFlow flow = new NotifyFlow().submit(false);
        String good = browser.p256dh();
        String auth = browser.auth();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("endpoint", body("http://push.example.com/x", good, auth));
        cases.put("endpoint ", body("https://127.0.0.1/x", good, auth));
        cases.put("endpoint  ", body("https://10.1.2.3/x", good, auth));
        cases.put("endpoint   ", body("https://[::1]/x", good, auth));
        cases.put("endpoint    ", body("https://localhost:8443/x", good, auth));
        cases.put("endpoint     ", body("https://push.example.com/a\u0000b", good, auth));
        cases.put("endpoint      ", body("https://push.example.com/" + "a".repeat(1100), good, auth));
        cases.put("endpoint       ", body("javascript:alert(1)", good, auth));
        cases.put("keys.p256dh", body(endpoint(), BrowserSubscription.base64url(new byte[64]), auth));
        cases.put("keys.p256dh ", body(endpoint(), "BAAA" + "A".repeat(83), auth));
        cases.put("keys.p256dh  ", body(endpoint(), good.substring(0, 10) + "+" + good.substring(11), auth));
        cases.put("keys.auth", body(endpoint(), good, BrowserSubscription.base64url(new byte[15])));
        cases.put("keys.auth ", body(endpoint(), good, "not base64url!"));
        cases.forEach((field, request) -> post(flow, flow.secret, request).statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem(field.trim())));
        post(flow, flow.secret, Map.of("endpoint", endpoint())).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("keys"));
        post(flow, flow.secret, body("ftp://x", "x", "y")).statusCode(400)
                .body("errors.field", hasItems("endpoint", "keys.p256dh", "keys.auth"));
        post(flow, flow.secret, body(endpoint(), "", "")).statusCode(400).body("errors.field", hasItems("keys.p256dh", "keys.auth"));
        given().contentType(ContentType.JSON).header("X-Case-Secret", flow.secret).body("{not json")
                .post(path(flow)).then().statusCode(400).contentType("application/problem+json");
        assertThat(count(flow)).isZero();
    }

    @Test
    void onlyTheHolderOfTheSecretSubscribesOrUnsubscribes() {
        NotifyFlow flow = new NotifyFlow().submit(false);
        NotifyFlow other = new NotifyFlow().submit(false);
        Map<String, Object> request = body(endpoint(), browser.p256dh(), browser.auth());
        post(flow, other.secret, request).statusCode(404).contentType("application/problem+json");
        post(flow, "", request).statusCode(404);
        given().contentType(ContentType.JSON).body(request).post(path(flow)).then().statusCode(404);
        given().contentType(ContentType.JSON).header("X-Case-Secret", flow.secret).body(request)
                .post("/api/public/cases/ZZZZ-ZZZZ-Z/push-subscriptions").then().statusCode(404);
        assertThat(count(flow)).isZero();

        post(flow, flow.secret, request).statusCode(201);
        given().contentType(ContentType.JSON).header("X-Case-Secret", other.secret).body(Map.of("endpoint", request.get("endpoint")))
                .delete(path(flow)).then().statusCode(404);
        assertThat(count(flow)).isEqualTo(1);
        given().contentType(ContentType.JSON).header("X-Case-Secret", flow.secret).body(Map.of("endpoint", request.get("endpoint")))
                .delete(path(flow)).then().statusCode(204);
        assertThat(count(flow)).isZero();
        given().contentType(ContentType.JSON).header("X-Case-Secret", flow.secret).body(Map.of("endpoint", request.get("endpoint")))
                .delete(path(flow)).then().statusCode(204);
    }

    @Test
    void aCaseHoldsAtMostFiveSubscriptionsAndTheSameEndpointRenewsItsKeys() {
        NotifyFlow flow = new NotifyFlow().submit(false);
        String first = endpoint();
        post(flow, flow.secret, body(first, browser.p256dh(), browser.auth())).statusCode(201);
        BrowserSubscription renewed = new BrowserSubscription();
        post(flow, flow.secret, body(first, renewed.p256dh(), renewed.auth())).statusCode(200);
        assertThat(OutboxRows.query(pool, "select auth from push_subscription where case_id = $1", flow.caseId))
                .extracting(row -> row.get("auth")).containsExactly(renewed.auth());
        for (int i = 0; i < 4; i++) {
            post(flow, flow.secret, body(endpoint(), browser.p256dh(), browser.auth())).statusCode(201);
        }
        post(flow, flow.secret, body(endpoint(), browser.p256dh(), browser.auth())).statusCode(409)
                .contentType("application/problem+json");
        assertThat(count(flow)).isEqualTo(5);
        // a known endpoint is not a new one, also when the case is full
        post(flow, flow.secret, body(first, browser.p256dh(), browser.auth()))
                .statusCode(200);
    }

    @Test
    void theVapidPublicKeyIsPublic() {
        String key = given().get("/api/public/webpush/public-key").then().statusCode(200)
                .contentType(ContentType.JSON).extract().path("publicKey");
        byte[] point = Base64.getUrlDecoder().decode(key);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
    }
}
