package org.liaison.push;

import org.liaison.common.problem.ProblemException;

/** The resume point a client sends: the Last-Event-ID header (EventSource sets it) or the lastEventId parameter. */
final class LastEventId {

    private LastEventId() {
    }

    /** The id to resume after, or null when the client sent none. */
    static Long of(String header, String parameter) {
        String value = header != null && !header.isBlank() ? header : parameter;
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Last-Event-ID", "must be the id of an event received before (a whole number)");
        }
    }
}
