package org.liaison.routing;

import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How loaded each deputy is, as routing needs it to take fair turns. Routing owns the question; whoever holds the
 * cases answers it (caseflow implements it), so routing never reads cases itself.
 */
public interface DeputyLoads {

    /** A deputy's open cases and when it was last given one it still holds (null when never). */
    record Load(int openCases, Instant lastAssignedAt) {
        public static final Load NONE = new Load(0, null);
    }

    /** The loads of the given deputies, in the caller's transaction; deputies with no case may be absent. */
    Uni<Map<Long, Load>> of(Collection<Long> deputyIds);
}
