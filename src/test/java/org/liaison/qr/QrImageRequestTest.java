package org.liaison.qr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QrImageRequestTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, null, PNG, 512",
            "png, 512, PNG, 512",
            "PNG, 128, PNG, 128",
            "svg, 2048, SVG, 2048",
            "' Svg ', ' 300 ', SVG, 300",
            "png, '', PNG, 512"})
    void acceptsFormatsAndSizesInRange(String format, String size, QrFormat expectedFormat, int expectedSize) {
        assertThat(QrImageRequest.of(format, size)).isEqualTo(new QrImageRequest(expectedFormat, expectedSize));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "gif, 512, format",
            "'', 512, format",
            "png; svg, 512, format",
            "png, 127, size",
            "png, 2049, size",
            "png, 0, size",
            "png, -512, size",
            "png, 51x, size",
            "png, 512.0, size",
            "png, 99999999999, size"})
    void rejectsEverythingElseAsAFieldError(String format, String size, String field) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> QrImageRequest.of(format, size));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly(field);
    }

    @ParameterizedTest
    @CsvSource({"gif, 1", "jpeg, 4096"})
    void reportsBothFieldsWhenBothAreWrong(String format, String size) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> QrImageRequest.of(format, size));
        assertThat(problem.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly("format", "size");
    }
}
