package org.liaison.caseflow.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.push.PushEvents.event;

/** The listener's memory of what it dispatched, when transactions commit out of id order. */
class DispatchCursorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final DispatchCursor cursor = new DispatchCursor(10, Duration.ofMinutes(2));

    @Test
    void inOrderEventsAdvanceTheWatermarkAndRepeatsAreDropped() {
        assertThat(ids(cursor.accept(List.of(event(11, 1, null, null), event(12, 1, null, null)), NOW))).containsExactly(11L, 12L);
        assertThat(cursor.watermark()).isEqualTo(12);
        assertThat(ids(cursor.accept(List.of(event(12, 1, null, null)), NOW))).isEmpty();
        assertThat(cursor.wants(12)).isFalse();
        assertThat(cursor.wants(13)).isTrue();
    }

    @Test
    void anIdSkippedByALaterCommitIsAwaitedAndDispatchedOnceWhenItCommits() {
        assertThat(ids(cursor.accept(List.of(event(13, 1, null, null)), NOW))).containsExactly(13L);
        assertThat(cursor.awaited(NOW)).containsExactly(11L, 12L);
        assertThat(cursor.wants(12)).isTrue();

        assertThat(ids(cursor.accept(List.of(event(12, 1, null, null)), NOW))).containsExactly(12L);
        assertThat(ids(cursor.accept(List.of(event(12, 1, null, null)), NOW))).isEmpty();
        assertThat(cursor.awaited(NOW)).containsExactly(11L);
        assertThat(cursor.watermark()).isEqualTo(13);
    }

    @Test
    void idsOfRolledBackTransactionsAreForgottenAfterThePatience() {
        cursor.accept(List.of(event(12, 1, null, null)), NOW);
        assertThat(cursor.awaited(NOW.plusSeconds(119))).containsExactly(11L);
        assertThat(cursor.awaited(NOW.plusSeconds(121))).isEmpty();
        assertThat(cursor.wants(11)).isFalse();
    }

    @Test
    void aHugeJumpRemembersOnlyTheNewestGaps() {
        cursor.accept(List.of(event(10 + DispatchCursor.MAX_GAPS * 3L, 1, null, null)), NOW);
        assertThat(cursor.awaited(NOW)).hasSize(DispatchCursor.MAX_GAPS);
    }

    private static List<Long> ids(List<CaseEventRecord> events) {
        return events.stream().map(CaseEventRecord::id).toList();
    }
}
