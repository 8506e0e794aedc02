package org.liaison.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The form counts characters, not URL-encoded bytes: a Chinese character is 9 bytes on the wire (%E4%B8%AD), so a
 * message of the full 4,000 characters is 36 KB. Too long is a friendly page, however long.
 */
@QuarkusTest
class LongMessageFormTest {

    private static WebFixtures.Venue venue;

    /** Once per class, but after Quarkus has given RestAssured its port. */
    @BeforeEach
    void venue() {
        if (venue == null) {
            venue = WebFixtures.venueWithDeputyOnDuty();
        }
    }

    @Test
    void aFullLengthChineseMessageGoesThroughTheForm() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String text = "路".repeat(4000);
        WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", text)
                .post("/v/" + venue.code()).then().statusCode(200).body(containsString("留言已收到"));
    }

    @Test
    void aMessageOverTheLimitButUnderTheBodyLimitIsShownBackWithItsError() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String html = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", "路".repeat(5000))
                .post("/v/" + venue.code()).then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("id=\"text-error\"");
    }

    @Test
    void aBodyOverTheLimitGetsAFriendlyPageNotABare413() {
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        String html = WebFixtures.post(page).formParam("idempotencyKey", page.idempotencyKey())
                .formParam("categoryCode", "ENVIRONMENT").formParam("text", "路".repeat(20_000))
                .post("/v/" + venue.code()).then().statusCode(413).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("留言太长");
        // the JSON API keeps answering problem details
        given().contentType("application/json").body("{\"text\":\"" + "x".repeat(70_000) + "\"}")
                .post("/api/public/venues/" + venue.code() + "/submissions")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
