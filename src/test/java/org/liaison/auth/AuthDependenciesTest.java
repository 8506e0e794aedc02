package org.liaison.auth;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts sit above deputy and department: auth is used by every feature, so it may use none of them, and
 * account administration (org.liaison.account) is where auth meets deputies, departments, duties and venues.
 */
class AuthDependenciesTest {

    private static final Pattern FEATURE_IMPORT = Pattern.compile("^import (static )?org\\.liaison\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("auth", "common");

    @Test
    void authImportsOnlyItselfAndCommon() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/liaison/auth"))) {
            List<String> offending = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> featureImports(path).stream()
                            .filter(feature -> !ALLOWED.contains(feature))
                            .map(feature -> path.getFileName() + " imports " + feature))
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private static List<String> featureImports(Path source) {
        try {
            Matcher matcher = FEATURE_IMPORT.matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(2)).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
