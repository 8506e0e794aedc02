package org.liaison.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** When a rollup write may leave out the closed-month sums: only for a month no instance can have closed. */
class OpenMonthsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} with {1} the newest closed, at {2}: {3}")
    @CsvSource({
            // the normal case: today's month, the last closed one before it
            "2026-12-01, 2026-11-01, 2026-12-01T02:00:00Z, true",
            "2026-12-31, 2026-11-01, 2026-12-31T15:59:59Z, true",
            // nothing read yet (MAX) counts as everything closed; none closed at all (MIN) as nothing
            "2026-12-01, +999999999-12-31, 2026-12-01T02:00:00Z, false",
            "2026-12-01, -999999999-01-01, 2026-12-01T02:00:00Z, true",
            // a day in a closed month (a clock set back), or in the newest closed month itself
            "2026-10-15, 2026-11-01, 2026-12-01T02:00:00Z, false",
            "2026-11-30, 2026-11-01, 2026-12-01T02:00:00Z, false",
            // November not known closed, but closable by the clock: another instance may have closed it already
            "2026-11-30, 2026-10-01, 2026-12-01T02:00:00Z, false",
            // half an hour into December (Shanghai) November is not closable yet: still certainly open
            "2026-11-30, 2026-10-01, 2026-11-30T16:30:00Z, true",
            // an hour and a half in, it is
            "2026-11-30, 2026-10-01, 2026-11-30T17:30:00Z, false",
            // a future day (a clock set forward) is open
            "2027-03-01, 2026-11-01, 2026-12-01T02:00:00Z, true"})
    void onlyAMonthAfterTheNewestClosedThatTheClockCannotCloseYetIsCertainlyOpen(LocalDate day, String newestClosed,
                                                                                  Instant now, boolean open) {
        LocalDate closed = LocalDate.parse(newestClosed);
        assertThat(OpenMonths.certainlyOpen(day, closed, StatsMonths.closableBefore(now, SHANGHAI))).isEqualTo(open);
    }
}
