package org.liaison.caseflow.handling;

/** A poll's outcome: the ETag, and the feed unless the client's copy is current (then 304). */
record FeedResult(String etag, CaseFeed feed) {

    boolean notModified() {
        return feed == null;
    }
}
