package org.liaison.caseflow.handling;

import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The polling contract, pure: ETags, If-None-Match matching and the next cursor.
 *
 * <p>The cursor is the id of a case's latest event. Event ids are handed out when a transaction writes its event,
 * not when it commits, so a change with a lower id may still commit after a higher one was read. The cursor
 * therefore never moves past a change younger than {@link #SETTLE}: such cases are sent again on the next poll
 * (clients replace their copy by id) instead of a slow commit being skipped for good.
 */
final class Polling {

    /** Longer than any case transaction takes; a change older than this is committed or rolled back. */
    static final Duration SETTLE = Duration.ofSeconds(10);

    /** Changes per poll; the rest follow with {@code more}. */
    static final int LIMIT = 100;

    private Polling() {
    }

    /** A weak ETag naming the reader, its watch revision and the query, so different queries never share one. */
    static String etag(FeedScope scope, long revision, long since, Set<CaseStatus> statuses) {
        String filter = statuses.isEmpty() ? "all"
                : statuses.stream().map(Enum::name).sorted().collect(Collectors.joining("."));
        return "W/\"" + scope.tag() + "-r" + revision + "-s" + since + "-" + filter + "\"";
    }

    /** True when If-None-Match lists this ETag (weak comparison) or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(wanted));
    }

    /** A changed case: its latest event id and when that event happened. */
    record Change(long lastEventId, Instant changedAt) {
    }

    /**
     * The next cursor after these changes (in ascending event order): the last one before the first change that
     * has not settled yet, or {@code since} when none has.
     */
    static long nextCursor(long since, List<Change> ascending, Instant now) {
        Instant settledBefore = now.minus(SETTLE);
        long cursor = since;
        for (Change change : ascending) {
            if (change.changedAt().isAfter(settledBefore)) {
                break;
            }
            cursor = Math.max(cursor, change.lastEventId());
        }
        return cursor;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
