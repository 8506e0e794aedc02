package org.liaison.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The local night during which residents get no SMS, e.g. 22:00-08:00 (over midnight) or 13:00-14:00. Pure: given an
 * instant it says when a message may leave, which is the instant itself outside the window and its end inside.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** The window written as HH:mm-HH:mm; empty or blank turns quiet hours off. */
    /** The variable a deployment sets; set but empty (or "off") means no quiet hours. */
    static final String VARIABLE = "NOTIFY_QUIET_HOURS";

    /**
     * The window as configured. SmallRye Config reads a variable set to an empty value as unset and would fall
     * back to the default window, so an empty {@value #VARIABLE} in the environment is looked at here.
     */
    public static Optional<String> configured(Map<String, String> environment, Optional<String> fromConfig) {
        String raw = environment.get(VARIABLE);
        return raw != null && raw.isBlank() ? Optional.empty() : fromConfig;
    }

    public static Optional<QuietHours> parse(Optional<String> window, ZoneId zone) {
        if (window.isEmpty() || window.get().isBlank() || window.get().trim().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        String[] parts = window.get().trim().split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("expected HH:mm-HH:mm", window.get(), 0);
            }
            LocalTime start = LocalTime.parse(parts[0].trim());
            LocalTime end = LocalTime.parse(parts[1].trim());
            return start.equals(end) ? Optional.empty() : Optional.of(new QuietHours(start, end, zone));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("NOTIFY_QUIET_HOURS must look like 22:00-08:00, not " + window.get(), e);
        }
    }

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** The first instant at or after {@code at} outside the window. */
    public Instant nextAllowed(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(end) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(end).atZone(zone).toInstant();
    }
}
