package org.liaison.common;

import org.liaison.common.problem.ProblemException;

import java.util.Map;

/**
 * Optimistic locking as the client sees it: an update names the version it was based on, and a record
 * changed since then is refused with 409 and its current version, never silently overwritten.
 */
public final class Versions {

    private Versions() {
    }

    /** Throws 409 (context.currentVersion) unless the record is still at the version the update was based on. */
    public static void require(AuditedEntity record, long basedOn, String what) {
        if (record.version != basedOn) {
            throw ProblemException.conflict(what + " was changed by someone else (now version " + record.version
                    + ", the update was based on " + basedOn + "); reload it and try again.",
                    Map.of("currentVersion", record.version));
        }
    }
}
