package org.liaison.web;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission form records the page's language with the case, for the resident's messages. */
@QuarkusTest
class SubmissionLanguageTest {

    @Inject
    Pool pool;

    private String submitted(String lang) {
        WebFixtures.Venue venue = WebFixtures.venueWithDeputyOnDuty();
        WebFixtures.FormPage page = WebFixtures.open("/v/" + venue.code());
        var post = WebFixtures.post(page);
        if (lang != null) {
            post = post.cookie(WebLocale.COOKIE, lang);
        }
        String receipt = post.formParam("idempotencyKey", page.idempotencyKey()).formParam("categoryCode", "ENVIRONMENT")
                .formParam("text", "语言测试 " + page.idempotencyKey()).post("/v/" + venue.code())
                .then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("id=\"track-link\" href=\"/t/([A-Z0-9]+)#").matcher(receipt);
        assertThat(link.find()).isTrue();
        return pool.preparedQuery("select resident_language from resident_case where tracking_code = $1")
                .execute(Tuple.of(link.group(1))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }

    @Test
    void theFormsLanguageIsStoredWithTheCase() {
        assertThat(submitted("en")).isEqualTo("en");
        assertThat(submitted(null)).isEqualTo("zh-CN");
    }
}
