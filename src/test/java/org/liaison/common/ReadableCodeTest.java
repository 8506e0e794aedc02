package org.liaison.common;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableCodeTest {

    @RepeatedTest(50)
    void generatedCodesAreWellFormedAndRoundTrip() {
        String code = ReadableCode.generate(8);
        assertThat(code).hasSize(9).matches("[0-9A-HJKMNP-TV-Y]{9}");
        assertThat(ReadableCode.normalize(code, 8)).contains(code);
        assertThat(ReadableCode.normalize(ReadableCode.grouped(code).toLowerCase(), 8)).contains(code);
    }

    @RepeatedTest(20)
    void everySingleSubstitutionIsCaught() {
        String code = ReadableCode.generate(8);
        for (int position = 0; position < code.length(); position++) {
            for (char replacement : ReadableCode.ALPHABET.toCharArray()) {
                if (replacement == code.charAt(position)) {
                    continue;
                }
                String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                assertThat(ReadableCode.normalize(typo, 8)).as(typo).isEmpty();
            }
        }
    }

    @Test
    void everyAdjacentSwapOfDifferentCharactersIsCaught() {
        for (int round = 0; round < 200; round++) {
            String code = ReadableCode.generate(8);
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(ReadableCode.normalize(swapped, 8)).as(swapped).isEmpty();
            }
        }
    }

    @Test
    void lookalikeLettersAreReadAsDigits() {
        String code = "0000000" + "1" + "0";
        String body = code.substring(0, 8);
        String valid = body + ReadableCode.checkCharacter(body);
        String typed = valid.replace('0', 'O').replaceFirst("1", "l");
        assertThat(ReadableCode.normalize(typed, 8)).contains(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC", "ABCDEFGHJKM", "ABCD?FGHJ", "ABCDUFGHJ", "ABCDZFGHJ", "../../etc", "%00%00%00%00"})
    void malformedInputIsRejected(String typed) {
        assertThat(ReadableCode.normalize(typed, 8)).isEmpty();
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReadableCode.generate(8))).isTrue();
        }
    }

    @Test
    void groupedInFours() {
        assertThat(ReadableCode.grouped("7K4M9QXTB")).isEqualTo("7K4M-9QXT-B");
    }
}
