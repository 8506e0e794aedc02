package org.liaison.routing;

import java.time.Instant;

/** A deputy's open cases and when it was last given one (null when never), as routing needs it to take fair turns. */
record DeputyLoad(int openCases, Instant lastAssignedAt) {

    static final DeputyLoad NONE = new DeputyLoad(0, null);
}
