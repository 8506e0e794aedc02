package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCodesTest {

    @RepeatedTest(20)
    void trackingCodesRoundTripHoweverTheyAreTyped() {
        String code = CaseCodes.newTrackingCode();
        assertThat(code).hasSize(CaseCodes.RANDOM_LENGTH + 1).matches("[0-9A-HJKMNP-TV-Y]{9}");
        String printed = CaseCodes.display(code);
        assertThat(printed).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
        assertThat(CaseCodes.normalizeTrackingCode(code)).contains(code);
        assertThat(CaseCodes.normalizeTrackingCode(printed.toLowerCase())).contains(code);
        assertThat(CaseCodes.normalizeTrackingCode(" " + printed.replace("-", " ") + " ")).contains(code);
    }

    @Test
    void aMistypedCharacterIsCaughtWithoutALookup() {
        String code = CaseCodes.newTrackingCode();
        char first = code.charAt(0);
        char other = first == '7' ? '8' : '7';
        assertThat(CaseCodes.normalizeTrackingCode(other + code.substring(1))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7K4M", "7K4M-9QXT-BB", "7K4M-9QXT-?", "' or 1=1 --", "７K4M9QXTB"})
    void malformedCodesAreRefused(String typed) {
        assertThat(CaseCodes.normalizeTrackingCode(typed)).isEmpty();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            assertThat(seen.add(CaseCodes.newTrackingCode())).isTrue();
        }
    }
}
