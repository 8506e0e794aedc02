package org.liaison.caseflow.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.common.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdempotencyKeyTest {

    @Test
    void noHeaderMeansNoKey() {
        assertThat(IdempotencyKey.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8e03978e-40d5-43e8-bc93-6894a57f9324|8e03978e-40d5-43e8-bc93-6894a57f9324",
            "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"|8e03978e-40d5-43e8-bc93-6894a57f9324",
            "'  abcdefghijklmnop  '|abcdefghijklmnop",
            "\"with-\\\"quote\\\"-and-\\\\\"|with-\"quote\"-and-\\",
            "punctuation~!@#$%^&*()_+|punctuation~!@#$%^&*()_+",
            "0123456789abcdef|0123456789abcdef"})
    void readsBareAndStructuredFieldStrings(String header, String key) {
        assertThat(IdempotencyKey.parse(header)).contains(key);
    }

    @Test
    void accepts16To128CharactersAndNoOther() {
        assertThat(IdempotencyKey.parse("k".repeat(16))).contains("k".repeat(16));
        assertThat(IdempotencyKey.parse("k".repeat(128))).contains("k".repeat(128));
        assertThat(catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.parse("k".repeat(15))).status())
                .isEqualTo(400);
        assertThat(catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.parse("k".repeat(129))).status())
                .isEqualTo(400);
    }

    @Test
    void theJsonApiRequiresAKey() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.require(null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toProblem().errors()).extracting("field").containsExactly("Idempotency-Key");
        assertThat(IdempotencyKey.require("8e03978e-40d5-43e8-bc93-6894a57f9324")).isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "x", "short-key", "a key with spaces ~!", "tab\there-and-more-text",
            "éééééééééééééééé", "键键键键键键键键键键键键键键键键", "\"bad\\escape-padding-text\"", "\"in\"side-padding-text\"",
            "\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f\u007f"})
    void refusesAnythingElseWith400(String header) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.parse(header));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toProblem().errors()).extracting("field").containsExactly("Idempotency-Key");
    }
}
