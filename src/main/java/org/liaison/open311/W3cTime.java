package org.liaison.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Datetimes in the w3 profile of ISO 8601 the specification requires: always with Z or an offset. */
public final class W3cTime {

    private W3cTime() {
    }

    /** 2026-12-01T16:05:00+08:00 in the given zone, to the second; null stays null. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The instant of a w3 datetime with its zone (2010-01-01T00:00:00Z, 2010-01-01T08:00:00+08:00, seconds
     * optional). A '+' sent unencoded in a query string arrives as a space, so a space before the offset is read as '+'.
     */
    public static Instant parse(String parameter, String value) {
        String text = value.strip();
        int t = text.indexOf('T');
        if (t > 0 && text.indexOf(' ', t) > 0) {
            text = text.substring(0, text.indexOf(' ', t)) + "+" + text.substring(text.indexOf(' ', t) + 1);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(parameter + " must be a w3 datetime with its zone, e.g. "
                    + "2010-01-01T00:00:00Z or 2010-01-01T08:00:00+08:00");
        }
    }
}
