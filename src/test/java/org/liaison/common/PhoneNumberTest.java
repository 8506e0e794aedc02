package org.liaison.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            // mainland mobile
            "13800000001        | 13800000001",
            "138 0000 0001      | 13800000001",
            "138-0000-0001      | 13800000001",
            " 19912345678       | 19912345678",
            "15012345678        | 15012345678",
            // +86 becomes the national form
            "+86 138 0000 0001  | 13800000001",
            "+8613800000001     | 13800000001",
            "+86-138-0000-0001  | 13800000001",
            "+86 510 8000 0001  | 0510-80000001",
            "+86 0510 8000 0001 | 0510-80000001",
            "+86 10 1234 5678   | 010-12345678",
            "+86 21 6123 4567   | 021-61234567",
            // landline: three-character area codes (010, 02x)
            "010-12345678       | 010-12345678",
            "01012345678        | 010-12345678",
            "010 1234 5678      | 010-12345678",
            "0101234567         | 010-1234567",
            "021-61234567       | 021-61234567",
            "02161234567        | 021-61234567",
            "029-8123456        | 029-8123456",
            // landline: four-character area codes
            "0510-80000001      | 0510-80000001",
            "051080000001       | 0510-80000001",
            "0510 8000 0001     | 0510-80000001",
            "0510-8000001       | 0510-8000001",
            "05108000001        | 0510-8000001",
            "0755-86001234      | 0755-86001234",
            // extensions
            "0510-80000001-123  | 0510-80000001-123",
            "051080000001-9     | 0510-80000001-9",
            "010-12345678-123456| 010-12345678-123456",
            // international
            "+1 415 555 2671    | +14155552671",
            "+1-415-555-2671    | +14155552671",
            "+44 20 7946 0958   | +442079460958",
            "+852 2123 4567     | +85221234567",
            "+12345678          | +12345678",
            "+123456789012345   | +123456789012345",
    })
    void acceptedNumbersNormalize(String input, String expected) {
        assertThat(PhoneNumber.normalize(input)).contains(expected);
        assertThat(PhoneNumber.isValid(input)).isTrue();
        assertThat(PhoneNumber.normalize(expected)).as("the stored form is a fixed point").contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @NullAndEmptySource
    @ValueSource(strings = {
            " ",
            "12800000001",          // 12x is no mobile prefix
            "1380000000",           // 10 digits
            "138000000012",         // 12 digits
            "23800000001",
            "abc",
            "138O0000001",          // letter O
            "0510-0000001",         // local number starting with 0
            "0510-800000",          // 6-digit local number
            "0510-800000001",       // 9-digit local number
            "051-80000001",         // split disagrees with the numbering plan
            "0510-8000-0001",       // second hyphen would be an extension of a 4-digit number
            "010-12345678-1234567", // extension too long
            "010-12345678-",
            "0510-80000001-abc",
            "0000000000",
            "+",
            "+1234567",             // 7 digits
            "+1234567890123456",    // 16 digits
            "+0123456789",          // country codes never start with 0
            "+86 128 0000 0001",    // +86 but neither mobile nor landline
            "+86 005108000001",
            "++8613800000001",
            "+1 (415) 555-2671",    // brackets are not accepted
            "13800000001 ext 1",
            "138000000011380000000113800000001138000000011",
    })
    void rejectedInputs(String input) {
        assertThat(PhoneNumber.normalize(input)).isEmpty();
        assertThat(PhoneNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest(name = "mask \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "13800000001        | 138****0001",
            "+86 138 0000 0001  | 138****0001",
            "0510-80000001      | 0510-****0001",
            "0510-80000001-123  | 0510-****0001",
            "010-12345678       | 010-****5678",
            "+14155552671       | +14****2671",
            "not a number       | ****",
    })
    void masking(String input, String expected) {
        assertThat(PhoneNumber.mask(input)).isEqualTo(expected);
    }

    @Test
    void fullWidthSpacesFromChineseInputMethodsAreStripped() {
        assertThat(PhoneNumber.normalize("138\u30000000\u30000001")).contains("13800000001");
    }

    @Test
    void maskOfNothingRevealsNothing() {
        assertThat(PhoneNumber.mask(null)).isEqualTo("****");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL          | true",
            "''            | true",
            "'  '          | true",
            "13800000001   | true",
            "0510-80000001 | true",
            "12345         | false",
    })
    void constraintTreatsBlankAsAbsent(String value, boolean valid) {
        assertThat(new Phone.Validator().isValid(value, null)).isEqualTo(valid);
    }
}
