package org.liaison.caseflow.handling;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/** A poll's outcome as HTTP: 200 with the feed, or 304 with no body; always the ETag and no shared caching. */
final class FeedResponses {

    static final String CACHE_CONTROL = "private, no-cache";

    private FeedResponses() {
    }

    static RestResponse<CaseFeed> of(FeedResult result) {
        RestResponse.ResponseBuilder<CaseFeed> response = result.notModified()
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(result.feed());
        return response.header(HttpHeaders.ETAG, result.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
