package org.liaison.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * "Notify me" on the tracking page: the button's markup is on the page, hidden until the script finds service
 * workers, PushManager and a Web Push key; the page's CSP is the same strict one (no inline script); the service
 * worker is served same-origin as JavaScript with its own CSP; without webpush enabled the key answers 404.
 */
@QuarkusTest
class TrackingPageNotifyTest {

    @Test
    void theTrackingPageCarriesAHiddenNotifyButtonUnderTheUnchangedPolicy() {
        given().get("/t/ABCD2345EFGH").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(PageResponses.CSP))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .body(containsString("<div id=\"notify\" hidden>"))
                .body(containsString("id=\"notify-button\""))
                .body(containsString("有进展时通知我"))
                .body(containsString("<script src=\"/web/track.js\" defer></script><script src=\"/web/notify.js\" defer></script>"))
                .body(not(containsString(" onclick=")));
        given().queryParam("lang", "en").get("/t/ABCD2345EFGH").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(PageResponses.CSP))
                .body(containsString("Notify me of updates"))
                .body(containsString("js_notifyOn"));
    }

    @Test
    void theServiceWorkerIsServedSameOriginAsScriptWithItsOwnPolicy() {
        given().get("/sw.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(containsString("showNotification"))
                .body(containsString("notificationclick"));
        given().get("/web/notify.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .body(containsString("navigator.serviceWorker.register('/sw.js', { scope: '/t/' })"))
                .body(containsString("/api/public/webpush/public-key"));
    }

    @Test
    void withoutWebPushThereIsNoKeyAndSoNoButton() {
        given().get("/api/public/webpush/public-key").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
