package org.liaison.routing;

import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How loaded each deputy is, as routing needs it to take fair turns. Routing owns the question; whoever holds the
 * cases answers it (caseflow, from a counter row per deputy that the database keeps equal to the open cases in the
 * case's own statements), so routing never reads cases itself and never writes a load.
 */
public interface DeputyLoads {

    /** A deputy's open cases and when it was last given one (null when never). */
    record Load(int openCases, Instant lastAssignedAt) {
        public static final Load NONE = new Load(0, null);
    }

    /**
     * The loads of the given deputies (deputies never given a case may be absent), locked for the caller's
     * transaction in deputy id order: exact until it ends, because every other assignment of these deputies waits
     * for it.
     */
    Uni<Map<Long, Load>> lock(Collection<Long> deputyIds);
}
