package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;

/** What flows down a stream before it becomes SSE: an event (replayed or live), a comment, or the end marker. */
record StreamItem(CaseEventRecord event, boolean live, String comment) {

    /** First line of every stream: it sends the headers at once and tells the client how soon to reconnect. */
    static final StreamItem OPEN = new StreamItem(null, false, "stream open");
    static final StreamItem HEARTBEAT = new StreamItem(null, false, "heartbeat");
    /** Never written: marks where the stream ends. */
    static final StreamItem END = new StreamItem(null, false, "end");

    static StreamItem event(CaseEventRecord event, boolean live) {
        return new StreamItem(event, live, null);
    }

    boolean closesCase() {
        return event != null && event.closesCase();
    }
}
