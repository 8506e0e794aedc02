package org.liaison.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.MutableClock;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * The resident hears in the language they submitted in (the JSON API's optional language); deputies and departments,
 * and residents who did not say, in liaison.notify.default-language; any other language is refused at submission.
 */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class NotificationLanguageTest {

    private static FakeReceiver receiver;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    MutableClock clock;

    @BeforeAll
    static void startReceiver() {
        receiver = new FakeReceiver(WebhookProfile.port());
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void daytime() {
        receiver.reset();
        NotifyFlow.daytime(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<JsonNode> received(NotifyFlow flow) {
        dispatcher.dispatchUntilIdle().await().atMost(Duration.ofSeconds(60));
        return receiver.accepted(flow.trackingCode).stream().map(r -> {
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anEnglishResidentGetsEnglishAndTheDeputyTheDefault() {
        NotifyFlow flow = new NotifyFlow().submit(true, "en");
        flow.accept();
        List<JsonNode> messages = received(flow);
        JsonNode resident = messages.stream().filter(m -> m.get("role").asText().equals("RESIDENT")).findFirst().orElseThrow();
        JsonNode deputy = messages.stream().filter(m -> m.get("role").asText().equals("DEPUTY")).findFirst().orElseThrow();
        assertThat(resident.get("language").asText()).isEqualTo("en");
        assertThat(resident.get("text").asText()).startsWith("A deputy took on your message");
        assertThat(deputy.get("language").asText()).isEqualTo("zh-CN");
        assertThat(deputy.get("text").asText()).startsWith("有新留言");
    }

    @Test
    void aResidentWhoDidNotSayGetsTheDefault() {
        NotifyFlow flow = new NotifyFlow().submit(true, "zh-CN");
        NotifyFlow silent = new NotifyFlow().submit(true);
        flow.accept();
        silent.accept();
        for (NotifyFlow each : List.of(flow, silent)) {
            assertThat(received(each)).filteredOn(m -> m.get("role").asText().equals("RESIDENT"))
                    .singleElement().satisfies(m -> {
                        assertThat(m.get("language").asText()).isEqualTo("zh-CN");
                        assertThat(m.get("text").asText()).startsWith("您的留言");
                    });
        }
    }

    @Test
    void otherLanguagesAreRefusedAtSubmission() {
        NotifyFlow flow = new NotifyFlow();
        for (String language : List.of("fr", "en-US", "zh", "")) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("categoryCode", "ENVIRONMENT", "text", "路灯坏了", "language", language))
                    .post("/api/public/venues/" + flow.venueCode + "/submissions").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("language"));
        }
    }
}
