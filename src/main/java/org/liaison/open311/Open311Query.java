package org.liaison.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of the listings, read as the specification says: an empty parameter is an absent one;
 * lists may be repeated or comma-separated; the window is at most 90 days (the most recent 90 by default) and a
 * page at most 1,000 items (the default, so a client that knows no paging gets the specification's volume).
 */
public final class Open311Query {

    public static final Duration MAX_WINDOW = Duration.ofDays(90);
    public static final int MAX_PAGE_SIZE = 1000;

    /** A window of time, and the page of it. */
    public record Window(Instant start, Instant end, int limit, int offset) {
    }

    /** GET requests: the listed ids (overriding every other parameter; window null), or a window with filters. */
    public record RequestFilter(List<String> ids, Window window, List<String> serviceCodes, Boolean closed) {
    }

    private Open311Query() {
    }

    /** The value of an optional parameter, stripped; empty when absent or blank. */
    public static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Every value of a parameter given several times and/or comma-separated, without blanks or repeats. */
    public static List<String> list(List<String> values) {
        Set<String> all = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            all.add(part.strip());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(all);
    }

    public static Window window(String startDate, String endDate, String page, String pageSize, Instant now) {
        Optional<Instant> start = optional(startDate).map(value -> W3cTime.parse("start_date", value));
        Optional<Instant> end = optional(endDate).map(value -> W3cTime.parse("end_date", value));
        Instant to = end.orElseGet(() -> start.map(s -> s.plus(MAX_WINDOW)).orElse(now));
        Instant from = start.orElse(to.minus(MAX_WINDOW));
        if (to.isBefore(from)) {
            throw Open311Exception.badRequest("end_date must not be before start_date");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw Open311Exception.badRequest("start_date and end_date may not span more than 90 days");
        }
        int size = number("page_size", pageSize, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        int number = number("page", page, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        return new Window(from, to, size, (number - 1) * size);
    }

    public static RequestFilter requests(List<String> ids, List<String> serviceCodes, String startDate, String endDate,
                                         List<String> statuses, String page, String pageSize, Instant now) {
        List<String> given = list(ids);
        // an id that cannot be a tracking code matches nothing: it is not sent to the database at all
        List<String> wanted = given.stream().map(id -> id.toUpperCase(Locale.ROOT)).filter(Open311Query::plausibleId)
                .distinct().toList();
        if (given.size() > MAX_PAGE_SIZE) {
            throw Open311Exception.badRequest("service_request_id may list at most " + MAX_PAGE_SIZE + " ids");
        }
        if (!given.isEmpty()) {
            return new RequestFilter(wanted, null, List.of(), null);
        }
        Window window = window(startDate, endDate, page, pageSize, now);
        List<String> codes = list(serviceCodes).stream().filter(Open311Query::printable).toList();
        if (codes.isEmpty() && !list(serviceCodes).isEmpty()) {
            // only codes no category can have were asked for: match nothing, not everything
            codes = List.of("");
        }
        return new RequestFilter(wanted, window, codes, closed(list(statuses)));
    }

    /** Whether the text could be a tracking code: our alphabet's characters (upper case), not too long. */
    public static boolean plausibleId(String id) {
        return id.length() <= 40 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    /** No control characters (PostgreSQL refuses NUL in text), not absurdly long: otherwise it matches nothing we have. */
    public static boolean printable(String text) {
        return text.length() <= 200 && text.codePoints().noneMatch(Character::isISOControl);
    }

    /** true for closed only, false for open only, null for both. */
    private static Boolean closed(List<String> statuses) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String status : statuses) {
            String lower = status.toLowerCase(Locale.ROOT);
            if (!lower.equals("open") && !lower.equals("closed")) {
                throw Open311Exception.badRequest("status must be open or closed (comma-separated for both)");
            }
            wanted.add(lower);
        }
        return wanted.size() == 1 ? wanted.contains("closed") : null;
    }

    private static int number(String parameter, String value, int defaultValue, int max) {
        Optional<String> given = optional(value);
        if (given.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(given.get());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw Open311Exception.badRequest(parameter + " must be a whole number from 1 to " + max);
    }
}
