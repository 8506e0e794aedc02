package org.liaison.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature graph as the source imports it. The compiled classes (ArchitectureTest) miss an import of a
 * constant, such as a role name in {@code @RolesAllowed}, because javac inlines it; a reader does not.
 */
class SourceImportsTest {

    private static final Path MAIN = Path.of("src/main/java/org/liaison");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.liaison\\.([a-z0-9]+)\\.", Pattern.MULTILINE);

    @Test
    void noTwoFeaturePackagesImportEachOther() throws IOException {
        Map<String, Set<String>> imports = importsByFeature();
        assertThat(imports).as("features found").containsKeys("caseflow", "venue", "push", "routing");
        List<String> pairs = new ArrayList<>();
        imports.forEach((feature, used) -> used.forEach(other -> {
            if (feature.compareTo(other) < 0 && imports.getOrDefault(other, Set.of()).contains(feature)) {
                pairs.add(feature + " <-> " + other);
            }
        }));
        assertThat(pairs).as("feature packages that import each other").isEmpty();
    }

    @Test
    void theFeatureGraphHasNoCycleAtAll() throws IOException {
        Map<String, Set<String>> imports = importsByFeature();
        for (String start : imports.keySet()) {
            assertThat(reachable(imports, start)).as("features reachable from " + start).doesNotContain(start);
        }
    }

    private static Set<String> reachable(Map<String, Set<String>> imports, String start) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(imports.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(imports.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static Map<String, Set<String>> importsByFeature() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application's entry point sits above the features
                }
                String feature = relative.getName(0).toString();
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(feature)) {
                        imports.computeIfAbsent(feature, f -> new TreeSet<>()).add(matcher.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
