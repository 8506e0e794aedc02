package org.liaison.open311;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class W3cTimeTest {

    @ParameterizedTest
    @CsvSource({
            "1994-11-05T13:15:30Z, 1994-11-05T13:15:30Z",
            "1994-11-05T08:15:30-05:00, 1994-11-05T13:15:30Z",
            "2026-12-01T16:05:00+08:00, 2026-12-01T08:05:00Z",
            "2026-12-01T16:05+08:00, 2026-12-01T08:05:00Z",
            "2026-12-01T16:05:00.250Z, 2026-12-01T16:05:00.250Z",
            // an unencoded '+' in a query string arrives as a space
            "2026-12-01T16:05:00 08:00, 2026-12-01T08:05:00Z"})
    void readsW3DatetimesWithTheirZone(String text, String instant) {
        assertThat(W3cTime.parse("start_date", text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T16:05:00", "2026-12-01", "yesterday", "2026-13-01T00:00:00Z", "1733040000",
            "2026-12-01T16:05:00+25:00"})
    void refusesDatetimesWithoutAZoneOrNotDatetimesAtAll(String text) {
        assertThatThrownBy(() -> W3cTime.parse("end_date", text)).isInstanceOf(Open311Exception.class)
                .hasMessageContaining("end_date");
    }

    @ParameterizedTest
    @CsvSource({"Asia/Shanghai, 2026-12-01T16:05:07+08:00", "UTC, 2026-12-01T08:05:07Z"})
    void writesSecondsAndTheOffsetOfTheZone(String zone, String expected) {
        assertThat(W3cTime.format(Instant.parse("2026-12-01T08:05:07.123456Z"), ZoneId.of(zone))).isEqualTo(expected);
    }
}
