package org.liaison.open311;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks the endpoint tests rely on can fail: bad documents are caught by the schemas and the XML comparison. */
class Open311DocumentsTest {

    private static final String GOOD = "[{\"service_request_id\":\"7K4M9QXTB\",\"status\":\"open\",\"service_code\":\"ENV\","
            + "\"requested_datetime\":\"2026-12-01T16:05:00+08:00\",\"lat\":31.5,\"long\":120.3,\"media_url\":null}]";

    @Test
    void aValidListPasses() {
        assertThat(Open311Documents.violations("schema/requests.json", json(GOOD))).isEmpty();
    }

    @Test
    void theItemSchemaIsResolvedThroughItsRelativeReference() {
        String missing = GOOD.replace("\"service_code\":\"ENV\",", "");
        assertThat(Open311Documents.violations("schema/requests.json", json(missing)))
                .anySatisfy(message -> assertThat(message.getMessage()).contains("service_code"));
    }

    @Test
    void statusOutsideOpenAndClosedFails() {
        assertThat(Open311Documents.violations("schema/requests.json", json(GOOD.replace("\"open\"", "\"pending\"")))).isNotEmpty();
    }

    @Test
    void aDatetimeWithoutItsZoneFails() {
        String local = GOOD.replace("2026-12-01T16:05:00+08:00", "2026-12-01T16:05:00");
        assertThat(Open311Documents.violations("schema/requests.json", json(local))).isNotEmpty();
    }

    @Test
    void aNumericIdFailsBecauseIdsAreStrings() {
        String numeric = GOOD.replace("\"7K4M9QXTB\"", "638344");
        assertThat(Open311Documents.violations("schema/requests.json", json(numeric))).isNotEmpty();
    }

    @Test
    void errorsNeedCodeAndDescription() {
        assertThat(Open311Documents.violations("extra-schema/errors.json", json("[{\"code\":403,\"description\":\"bad key\"}]"))).isEmpty();
        assertThat(Open311Documents.violations("extra-schema/errors.json", json("[{\"code\":\"403\"}]"))).isNotEmpty();
        assertThat(Open311Documents.violations("extra-schema/errors.json", json("[]"))).isNotEmpty();
    }

    @Test
    void xmlWithOtherElementNamesThanTheJsonFails() {
        JsonNode list = json("[{\"service_code\":\"ENV\",\"service_name\":\"x\"}]");
        byte[] same = "<services><service><service_code>ENV</service_code><service_name>x</service_name></service></services>"
                .getBytes(StandardCharsets.UTF_8);
        Open311Documents.assertMirrors(Open311Documents.parse(same).getDocumentElement(), "services", list);
        byte[] renamed = "<services><service><code>ENV</code><service_name>x</service_name></service></services>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Open311Documents.assertMirrors(Open311Documents.parse(renamed).getDocumentElement(),
                "services", list)).isInstanceOf(AssertionError.class);
        byte[] wrongItem = "<services><item><service_code>ENV</service_code><service_name>x</service_name></item></services>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Open311Documents.assertMirrors(Open311Documents.parse(wrongItem).getDocumentElement(),
                "services", list)).isInstanceOf(AssertionError.class);
    }

    @Test
    void malformedXmlFails() {
        assertThatThrownBy(() -> Open311Documents.parse("<services><service></services>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class);
    }

    private static JsonNode json(String text) {
        return Open311Documents.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
