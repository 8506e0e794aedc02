package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a polling client gets: the cases changed after its cursor, and the cursor to send next time. */
@Schema(name = "CaseFeed", description = "Cases changed after the cursor, newest change first, and the next cursor.")
public record CaseFeed(
        @Schema(description = "Send as ?since= next time.", example = "812") long cursor,
        @Schema(description = "True when more changes wait: poll again at once with the new cursor.") boolean more,
        @Schema(description = "The changed cases, newest change first. A client replaces its copy by id.")
        List<CaseSummary> cases,
        @Schema(description = "Ids of cases that left the reader after the cursor (declined, escalated, reassigned): drop them.")
        List<Long> released) {
}
