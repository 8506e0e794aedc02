package org.liaison.auth;

import org.liaison.common.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a new password must be. Pure, so every rule is tested with plain JUnit. */
public final class PasswordPolicy {

    /** bcrypt reads this many bytes and silently ignores the rest. */
    public static final int BCRYPT_MAX_BYTES = 72;
    public static final int MIN_LENGTH = 8;

    /** The most used passwords of public breach lists that are at least {@value #MIN_LENGTH} characters long. */
    private static final Set<String> COMMON = Set.of(
            "12345678", "123456789", "1234567890", "password", "password1", "password123", "passw0rd", "qwertyui",
            "qwerty123", "qwertyuiop", "iloveyou", "11111111", "00000000", "88888888", "66666666", "12341234",
            "abcd1234", "1q2w3e4r", "1qaz2wsx", "zxcvbnm1", "a1234567", "abc12345", "admin123", "administrator",
            "welcome1", "letmein1", "sunshine", "princess", "football", "baseball", "starwars", "whatever",
            "trustno1", "superman", "dragon12", "woaini1314", "5201314520", "147258369", "987654321", "aa123456",
            "changeme", "liaison123", "deputy123");

    private PasswordPolicy() {
    }

    /** At most {@value #BCRYPT_MAX_BYTES} bytes in UTF-8, so bcrypt reads all of it. */
    public static boolean fitsBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
    }

    /** The byte-length rule alone, as a field error (for passwords an administrator sets). */
    public static List<Problem.FieldError> lengthErrors(String field, String password) {
        return fitsBcrypt(password) ? List.of()
                : List.of(new Problem.FieldError(field, "must be at most " + BCRYPT_MAX_BYTES + " bytes in UTF-8"));
    }

    /** Every rule for a password its owner chooses: length, not the username, not a common password. */
    public static List<Problem.FieldError> errors(String field, String password, String username) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(new Problem.FieldError(field, "must be at least " + MIN_LENGTH + " characters"));
            return errors;
        }
        errors.addAll(lengthErrors(field, password));
        String folded = fold(password);
        String name = username == null ? "" : fold(username);
        if (!name.isEmpty() && (folded.contains(name) || name.contains(folded))) {
            errors.add(new Problem.FieldError(field, "must not contain the username"));
        }
        if (COMMON.contains(folded) || folded.chars().distinct().count() == 1) {
            errors.add(new Problem.FieldError(field, "is too common; choose one that is harder to guess"));
        }
        return errors;
    }

    /** Case and separators do not make a password different enough: "Wang.Li" and "wangli" are one name. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
    }
}
