package org.liaison.caseflow.handling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PollingTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void etagsNameTheReaderTheRevisionAndTheQuery() {
        assertThat(Polling.etag(FeedScope.deputy(12), 34, 0, Set.of())).isEqualTo("W/\"d12-r34-s0-all\"");
        assertThat(Polling.etag(FeedScope.department(3), 1, 99, EnumSet.of(CaseStatus.REFERRED, CaseStatus.ASSIGNED)))
                .isEqualTo("W/\"dept3-r1-s99-ASSIGNED.REFERRED\"");
        assertThat(Polling.etag(FeedScope.administratorsQueue(), 7, 0, Set.of())).isEqualTo("W/\"queue-r7-s0-all\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "W/\"d1-r2-s0-all\"|true",
            "\"d1-r2-s0-all\"|true",
            "W/\"x\", W/\"d1-r2-s0-all\"|true",
            "*|true",
            "W/\"d1-r3-s0-all\"|false",
            "W/\"d11-r2-s0-all\"|false",
            "''|false"})
    void ifNoneMatchComparesWeakly(String header, boolean matches) {
        assertThat(Polling.matches(header, "W/\"d1-r2-s0-all\"")).isEqualTo(matches);
    }

    @Test
    void noHeaderNeverMatches() {
        assertThat(Polling.matches(null, "W/\"d1-r2-s0-all\"")).isFalse();
    }

    @Test
    void theCursorStopsBeforeTheFirstUnsettledChange() {
        Instant old = NOW.minus(Polling.SETTLE).minusSeconds(1);
        Instant fresh = NOW.minusSeconds(1);
        assertThat(Polling.nextCursor(5, List.of(), NOW)).isEqualTo(5);
        assertThat(Polling.nextCursor(5, List.of(new Polling.Change(7, old), new Polling.Change(9, old)), NOW)).isEqualTo(9);
        assertThat(Polling.nextCursor(5, List.of(new Polling.Change(7, old), new Polling.Change(9, fresh),
                new Polling.Change(11, old)), NOW)).isEqualTo(7);
        assertThat(Polling.nextCursor(5, List.of(new Polling.Change(7, fresh)), NOW)).isEqualTo(5);
        assertThat(Polling.nextCursor(5, List.of(new Polling.Change(7, NOW.minus(Polling.SETTLE))), NOW)).isEqualTo(7);
    }
}
