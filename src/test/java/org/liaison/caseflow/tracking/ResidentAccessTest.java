package org.liaison.caseflow.tracking;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/** Only the holder of a case's secret reaches it; every other attempt gets one and the same 404. */
@QuarkusTest
class ResidentAccessTest {

    private static final String CASES = "/api/public/cases/{code}";

    /** Each resident operation: how to call it with a prepared request for a tracking code. */
    private static final Map<String, BiFunction<RequestSpecification, String, Response>> OPERATIONS = Map.of(
            "GET", (spec, code) -> spec.get(CASES, code),
            "messages", (spec, code) -> spec.body(Map.of("text", "补充说明")).post(CASES + "/messages", code),
            "rating", (spec, code) -> spec.body(Map.of("rating", "SATISFIED")).post(CASES + "/rating", code),
            "withdraw", (spec, code) -> spec.body(Map.of("reason", "不需要了")).post(CASES + "/withdraw", code));

    @Test
    void wrongMissingForeignOrMalformedSecretsAndUnknownCodesAll404Alike() {
        String[] mine = newCase();
        String[] other = newCase();
        String unknownButWellFormed = swapLastRandomCharacter(mine[0]);

        OPERATIONS.forEach((name, call) -> {
            Response wrong = call.apply(withSecret("A".repeat(43)), mine[0]);
            Response missing = call.apply(withSecret(null), mine[0]);
            Response malformed = call.apply(withSecret("short"), mine[0]);
            Response foreign = call.apply(withSecret(other[1]), mine[0]);
            Response unknown = call.apply(withSecret(mine[1]), "ZZZZ-ZZZZ-Z");
            Response unknownValid = call.apply(withSecret(mine[1]), unknownButWellFormed);

            for (Response response : List.of(wrong, missing, malformed, foreign, unknown, unknownValid)) {
                response.then().statusCode(404).contentType("application/problem+json");
                assertThat(response.jsonPath().getString("detail")).as(name).isEqualTo(wrong.jsonPath().getString("detail"));
                assertThat(response.jsonPath().getString("type")).as(name).isEqualTo(wrong.jsonPath().getString("type"));
                assertThat(response.jsonPath().getMap("context")).isNull();
            }
            assertThat(missing.asString()).as(name).isEqualTo(wrong.asString());
            assertThat(malformed.asString()).as(name).isEqualTo(wrong.asString());
            assertThat(foreign.asString()).as(name).isEqualTo(wrong.asString());
        });
        // nothing happened to the case
        withSecret(mine[1]).get(CASES, mine[0]).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ASSIGNED"))
                .body("timeline.type", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("ADD_MESSAGE")));
    }

    @Test
    void theTrackingCodeIsReadLikeOnPaper() {
        String[] mine = newCase();
        String typed = mine[0].substring(0, 4).toLowerCase() + "-" + mine[0].substring(4, 8) + " " + mine[0].substring(8);

        withSecret(mine[1]).get(CASES, typed).then().statusCode(200)
                .body("trackingCode", org.hamcrest.Matchers.equalTo(mine[0]));
    }

    /** A well-formed tracking code (valid check character) that is not this one. */
    private static String swapLastRandomCharacter(String code) {
        String alphabet = org.liaison.common.ReadableCode.ALPHABET;
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = 0; j < alphabet.length(); j++) {
                String candidate = code.substring(0, 7) + alphabet.charAt(i) + alphabet.charAt(j);
                if (!candidate.equals(code) && org.liaison.caseflow.lifecycle.CaseCodes.normalizeTrackingCode(candidate).isPresent()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no other well-formed code");
    }
}
