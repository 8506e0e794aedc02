package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSecretsTest {

    @RepeatedTest(20)
    void anIssuedSecretIs256RandomBitsInBase64UrlAndOnlyItsHashIsKept() {
        CaseSecrets.IssuedSecret issued = CaseSecrets.issue();
        assertThat(issued.secret()).hasSize(CaseSecrets.SECRET_LENGTH).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(issued.secret())).hasSize(32);
        assertThat(issued.sha256Hex()).matches("[0-9a-f]{64}").isEqualTo(CaseSecrets.sha256Hex(issued.secret()));
        assertThat(CaseSecrets.matches(issued.secret(), issued.sha256Hex())).isTrue();
    }

    @Test
    void theHashIsPlainSha256Hex() {
        assertThat(CaseSecrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anyOtherSecretIsRefused() {
        CaseSecrets.IssuedSecret issued = CaseSecrets.issue();
        String secret = issued.secret();
        for (int position = 0; position < secret.length(); position++) {
            char replacement = secret.charAt(position) == 'A' ? 'B' : 'A';
            String wrong = secret.substring(0, position) + replacement + secret.substring(position + 1);
            assertThat(CaseSecrets.matches(wrong, issued.sha256Hex())).as(wrong).isFalse();
        }
        assertThat(CaseSecrets.matches(CaseSecrets.issue().secret(), issued.sha256Hex())).isFalse();
        assertThat(CaseSecrets.matches(secret, null)).isFalse();
        assertThat(CaseSecrets.matches(secret, "")).isFalse();
        assertThat(CaseSecrets.matches(secret, issued.sha256Hex().substring(1))).isFalse();
    }

    @Test
    void aStoredHashInUpperCaseStillMatches() {
        CaseSecrets.IssuedSecret issued = CaseSecrets.issue();
        assertThat(CaseSecrets.matches(issued.secret(), issued.sha256Hex().toUpperCase())).isTrue();
    }

    @Test
    void presentingTheStoredHashItselfDoesNotWork() {
        CaseSecrets.IssuedSecret issued = CaseSecrets.issue();
        assertThat(CaseSecrets.matches(issued.sha256Hex(), issued.sha256Hex())).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void malformedSecretsAreRefusedBeforeHashing(String presented) {
        assertThat(CaseSecrets.matches(presented, CaseSecrets.issue().sha256Hex())).isFalse();
    }

    @Test
    void secretsDoNotRepeatAndNeverLeakThroughToString() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            CaseSecrets.IssuedSecret issued = CaseSecrets.issue();
            assertThat(seen.add(issued.secret())).isTrue();
            assertThat(issued.toString()).doesNotContain(issued.secret()).contains(issued.sha256Hex());
        }
    }
}
