package org.liaison.caseflow.handling;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Optional filters of the administrators' case list; absent ones do not filter. */
public class AdminCaseFilter {

    /** Kept as text so an unknown status is a 400 field error, not the 404 JAX-RS gives unconvertible parameters. */
    @QueryParam("status")
    @Parameter(description = "Only cases in this status (ASSIGNED, ACCEPTED, ...).", example = "ASSIGNED")
    public String status;

    @QueryParam("venueId")
    @Parameter(description = "Only cases submitted at this venue.", example = "1")
    public Long venueId;

    @QueryParam("deputyId")
    @Parameter(description = "Only cases this deputy holds.", example = "1")
    public Long deputyId;

    @QueryParam("queue")
    @Parameter(description = "true: only the administrators' queue (routed cases no deputy holds).", example = "true")
    public Boolean queue;

    @QueryParam("overdue")
    @Parameter(description = "true: only overdue cases; false: only cases on time.", example = "true")
    public Boolean overdue;
}
