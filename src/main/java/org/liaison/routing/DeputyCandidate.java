package org.liaison.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deputy serving a venue, as routing sees it at the moment of the decision.
 *
 * @param deputyId       the deputy
 * @param displayName    the name residents see, used in the reason
 * @param active         false for a deputy who no longer takes cases: never chosen
 * @param onDutyToday    true when today is one of its contact days at this venue (from the duty calendar)
 * @param topics         category codes (or words) it focuses on, compared case-insensitively
 * @param openCases      its non-terminal cases, all venues together
 * @param lastAssignedAt when a case was last assigned to it, or null if never
 */
public record DeputyCandidate(long deputyId, String displayName, boolean active, boolean onDutyToday,
                              Set<String> topics, int openCases, Instant lastAssignedAt) {

    public DeputyCandidate {
        Objects.requireNonNull(displayName, "displayName");
        topics = topics == null ? Set.of() : topics.stream()
                .map(topic -> topic.trim().toUpperCase(Locale.ROOT))
                .filter(topic -> !topic.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (openCases < 0) {
            throw new IllegalArgumentException("openCases must not be negative");
        }
    }

    /** The topics of the deputy.topics column: comma-separated, blanks ignored. */
    public static Set<String> topicsOf(String commaSeparated) {
        if (commaSeparated == null) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(topic -> !topic.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when the deputy's topics include the category code (case-insensitive). */
    public boolean focusesOn(String categoryCode) {
        return categoryCode != null && topics.contains(categoryCode.trim().toUpperCase(Locale.ROOT));
    }
}
