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
            "'  abc  '|abc",
            "\"with \\\"quote\\\" and \\\\\"|with \"quote\" and \\",
            "a key with spaces ~!|a key with spaces ~!",
            "x|x"})
    void readsBareAndStructuredFieldStrings(String header, String key) {
        assertThat(IdempotencyKey.parse(header)).contains(key);
    }

    @Test
    void accepts255CharactersAndNoMore() {
        assertThat(IdempotencyKey.parse("k".repeat(255))).contains("k".repeat(255));
        assertThat(catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.parse("k".repeat(256))).status())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "tab\there", "é", "键", "\"bad\\escape\"", "\"in\"side\"", "\u007f"})
    void refusesAnythingElseWith400(String header) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> IdempotencyKey.parse(header));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toProblem().errors()).extracting("field").containsExactly("Idempotency-Key");
    }
}
