package org.liaison.caseflow;

import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trigger that keeps deputy_load (V18) names the terminal statuses in SQL; a status added to
 * {@link CaseStatus#TERMINAL} without a new migration would make loads drift, so the two are compared here.
 */
class LoadTriggerTerminalStatusesTest {

    private static final Pattern NOT_IN = Pattern.compile("status not in \\(([^)]*)\\)");

    @Test
    void theTriggerCountsAsEndedExactlyTheTerminalStatuses() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V18__write_path_triggers.sql")) {
            assertThat(in).as("the V18 migration on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Set<String>> lists = new ArrayList<>();
        Matcher matcher = NOT_IN.matcher(sql);
        while (matcher.find()) {
            lists.add(Arrays.stream(matcher.group(1).split(","))
                    .map(s -> s.trim().replace("'", "")).collect(Collectors.toSet()));
        }
        Set<String> terminal = CaseStatus.TERMINAL.stream().map(Enum::name).collect(Collectors.toSet());
        assertThat(lists).as("the before and after holder conditions").hasSize(2);
        assertThat(lists).allSatisfy(list -> assertThat(list).isEqualTo(terminal));
    }
}
