package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep lists due cases through index-friendly arms (V21) and re-checks each under its lock with the exact
 * condition: the two must select the same cases, whatever the row, given what the service guarantees of every row:
 * a clock is paused at an instant already past when a sweep runs. Checked over 2,000 rows of varied states and
 * instants around one moment, at four sweep instants, for every kind of due case.
 */
@QuarkusTest
class DueCasesListingTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final List<Duration> SWEEP_AT = List.of(Duration.ofDays(-1), Duration.ZERO, Duration.ofDays(2),
            Duration.ofDays(200));

    @Inject
    CaseFixtures fixtures;

    @Inject
    DueCases due;

    private final String prefix = "L" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void removeRows() {
        fixtures.update("delete from resident_case where tracking_code like ?", prefix + "%");
    }

    @Test
    void everyListingSelectsExactlyWhatItsConditionSelects() throws Throwable {
        long deputy = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(deputy);
        long realCase = fixtures.submit(venue);
        long event = fixtures.queryLong("select max(id) from case_event where case_id = ?", realCase);
        insertRandomRows(venue, deputy, event);

        int nonEmpty = 0;
        for (DueCases.Due kind : DueCases.Due.values()) {
            for (Duration offset : SWEEP_AT) {
                Instant at = T0.plus(offset);
                Set<Long> possible = possibleAt(at);
                Set<Long> exact = new TreeSet<>(exact(kind, at));
                exact.retainAll(possible);
                Set<Long> listed = listed(kind, at);
                listed.retainAll(possible);
                assertThat(listed).as("%s at T0%+d days", kind, offset.toDays()).isEqualTo(exact);
                if (!exact.isEmpty()) {
                    nonEmpty++;
                }
            }
        }
        // the check is not vacuous: most kinds have due rows at most instants
        assertThat(nonEmpty).isGreaterThan(SWEEP_AT.size() * 3);
    }

    @Test
    void theListingIndexesCoverExactlyTheStatusesTheirConditionsName() {
        assertThat(statusesOf("resident_case_in_hand_due_idx")).isEqualTo(names(CaseStatus.IN_HAND));
        assertThat(statusesOf("resident_case_ended_unclosed_idx")).isEqualTo(names(CaseStatus.TERMINAL));
    }

    /**
     * Varied states, the same every run: every status, with or without a deputy, each instant absent or a day or a
     * year either side of T0, overdue or not, scrubbed or not, with or without a last event.
     */
    private void insertRandomRows(long venue, long deputy, long event) {
        String statuses = Arrays.stream(CaseStatus.values()).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", "(array[", "])"));
        fixtures.update("insert into resident_case (tracking_code, secret_hash, venue_id, category_id, status, text,"
                + " anonymous, contact_consent, submitted_at, assigned_deputy_id, assigned_at, accept_due_at, resolve_due_at,"
                + " rate_due_at, paused_at, overdue, closed_at, scrubbed_at, last_event_id)"
                + " select ? || lpad(g::text, 5, '0'), repeat('0', 64), ?, (select min(id) from category),"
                + statuses + "[" + pick(1, CaseStatus.values().length) + "], 'listing', false, false,"
                + " timestamptz '2029-01-01Z', case when " + pick(2, 10) + " <= 7 then cast(? as bigint) end, "
                + instant(3) + ", " + instant(4) + ", " + instant(5) + ", " + instant(6) + ", " + instant(7) + ", "
                + pick(8, 10) + " <= 3, " + instant(9) + ", case when " + pick(10, 10) + " <= 3 then timestamptz '2029-06-01Z' end,"
                + " case when " + pick(11, 2) + " = 1 then ? else 0 end"
                + " from generate_series(1, 2000) g", prefix, venue, deputy, event);
    }

    /** 1 to n, as if at random, from the row number and the column's own salt. */
    private static String pick(int salt, int n) {
        return "(1 + mod(abs(hashint4(g * 31 + " + salt + ")), " + n + "))";
    }

    private static String instant(int salt) {
        return "(array[null, timestamptz '2030-01-01Z' - interval '1 day', timestamptz '2030-01-01Z' + interval '1 day',"
                + " timestamptz '2030-01-01Z' - interval '1 year', timestamptz '2030-01-01Z' + interval '1 year'])["
                + pick(salt, 5) + "]";
    }

    private Set<Long> exact(DueCases.Due kind, Instant at) {
        String condition = kind.condition();
        int uses = condition.split(":at", -1).length - 1;
        Object[] args = new Object[uses + 1];
        Arrays.fill(args, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        args[uses] = prefix + "%";
        return ids(condition.replace(":at", "?") + " and tracking_code like ?", args);
    }

    /** This test's rows as a sweep at {@code at} can meet them: none paused after it. */
    private Set<Long> possibleAt(Instant at) {
        return ids("tracking_code like ? and (paused_at is null or paused_at <= ?)", prefix + "%",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private Set<Long> ids(String where, Object... args) {
        Object ids = fixtures.row("select coalesce(string_agg(id::text, ','), '') as ids from resident_case where " + where,
                args).get("ids");
        return ids.toString().isEmpty() ? Set.of()
                : Arrays.stream(ids.toString().split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Long> listed(DueCases.Due kind, Instant at) throws Throwable {
        List<Long> all = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> due.dueAfter(kind, at, 0, 1_000_000)));
        assertThat(all).as("in id order").isSorted();
        return new TreeSet<>(all);
    }

    private Set<String> statusesOf(String index) {
        String definition = fixtures.row("select indexdef from pg_indexes where indexname = ?", index).get("indexdef").toString();
        Set<String> quoted = new TreeSet<>();
        Matcher m = Pattern.compile("'([A-Z_]+)'").matcher(definition);
        while (m.find()) {
            quoted.add(m.group(1));
        }
        return quoted;
    }

    private static Set<String> names(Set<CaseStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
