package org.liaison.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationChangeTest {

    @Test
    void payloadsReadBackAsTheSameChange() {
        RevocationChange raised = new RevocationChange.Generation(12, 3);
        RevocationChange ended = new RevocationChange.SessionEnded(12, 9000000001L);
        assertThat(RevocationChange.parse(raised.payload())).contains(raised);
        assertThat(RevocationChange.parse(ended.payload())).contains(ended);
        assertThat(RevocationChange.parse(" " + ended.payload() + "\n")).contains(ended);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "generation", "generation:1", "generation:x:1", "session:1:y", "other:1:2",
            "generation:1:2:3", "generation:1:99999999999"})
    void anythingElseIsIgnored(String payload) {
        assertThat(RevocationChange.parse(payload)).isEmpty();
    }
}
