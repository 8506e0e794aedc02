package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON data of the event being fanned out, written once per kind of view rather than once per stream: the hub
 * hands one event to every stream of a deputy or case in a row, so remembering the last one is enough.
 */
final class ViewJson {

    private record Written(long eventId, String json) {
    }

    private final ObjectMapper mapper;
    private volatile Written lastForResident;
    private volatile Written lastForHolder;

    ViewJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(CaseEventRecord event, Audience audience) {
        boolean resident = audience instanceof Audience.CaseWatcher;
        Written last = resident ? lastForResident : lastForHolder;
        if (last != null && last.eventId() == event.id()) {
            return last.json();
        }
        try {
            Written written = new Written(event.id(), mapper.writeValueAsString(PushEventViews.of(event, audience)));
            if (resident) {
                lastForResident = written;
            } else {
                lastForHolder = written;
            }
            return written.json();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a push event view is always serialisable", e);
        }
    }
}
