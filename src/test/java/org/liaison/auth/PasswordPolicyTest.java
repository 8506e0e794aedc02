package org.liaison.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.common.problem.Problem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static List<String> messages(String password, String username) {
        return PasswordPolicy.errors("newPassword", password, username).stream().map(Problem.FieldError::message).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "梁溪区三月的雨很大", "Zq8!vL2#pW", "梁溪区崇安寺街道人大代表联络站每月第三个星期二见"})
    void goodPasswordsPass(String password) {
        assertThat(PasswordPolicy.errors("newPassword", password, "wang.li")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "short, must be at least 8 characters",
            "密码密码密码密, must be at least 8 characters",
            "password123, is too common; choose one that is harder to guess",
            "PASSWORD123, is too common; choose one that is harder to guess",
            "qwertyuiop, is too common; choose one that is harder to guess",
            "zzzzzzzzzz, is too common; choose one that is harder to guess",
            "wang.li.2024, must not contain the username",
            "WangLi-rocks, must not contain the username",
            "my wang_li!, must not contain the username"})
    void weakPasswordsAreRefusedWithAReason(String password, String reason) {
        assertThat(messages(password, "wang.li")).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"71, true", "72, true", "73, false", "128, false"})
    void bcryptReadsAtMost72BytesOfUtf8(int bytes, boolean fits) {
        String ascii = "a".repeat(bytes);
        assertThat(PasswordPolicy.fitsBcrypt(ascii)).isEqualTo(fits);
        assertThat(PasswordPolicy.lengthErrors("password", ascii)).hasSize(fits ? 0 : 1);
    }

    @ParameterizedTest
    @CsvSource({"24, true", "25, false"})
    void multiByteCharactersCountByTheirBytes(int characters, boolean fits) {
        // three bytes each in UTF-8: 24 of them are 72 bytes although only 24 characters
        assertThat(PasswordPolicy.fitsBcrypt("密".repeat(characters))).isEqualTo(fits);
        assertThat(messages("密".repeat(characters), "someone").contains("must be at most 72 bytes in UTF-8")).isEqualTo(!fits);
    }

    @org.junit.jupiter.api.Test
    void aUsernameContainingThePasswordIsRefusedToo() {
        assertThat(messages("longname", "my.long.name.here")).contains("must not contain the username");
    }
}
