package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON data of the event being fanned out, written once per kind of view rather than once per stream: the hub
 * hands one event to every stream of a deputy or case in a row, so remembering the last one is enough.
 */
final class ViewJson {

    private record Written(long eventId, String json) {
    }

    private final ObjectMapper mapper;
    /** The last JSON written per kind of stream (resident, deputy, department): each kind has its own view. */
    private final Map<String, Written> lastByKind = new ConcurrentHashMap<>();

    ViewJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String of(CaseEventRecord event, Audience audience) {
        Written last = lastByKind.get(audience.kind());
        if (last != null && last.eventId() == event.id()) {
            return last.json();
        }
        try {
            Written written = new Written(event.id(), mapper.writeValueAsString(PushEventViews.of(event, audience)));
            lastByKind.put(audience.kind(), written);
            return written.json();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a push event view is always serialisable", e);
        }
    }
}
