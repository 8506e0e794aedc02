package org.liaison.caseflow.handling;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every case view goes out with its version as a strong ETag, the value an action's If-Match names. */
public class CaseViewETag {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof CaseView view) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, CaseVersionTag.of(view.version()));
        }
    }
}
