package org.liaison.caseflow.handling;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;

import java.util.List;

/** The administrators' queue, polled like a deputy's assignments. */
@Path("/api/admin/queue")
@Tag(name = "Case administration", description = "All cases, the administrators' queue, assignment and acting as holder.")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminQueueResource {

    private final CaseListService lists;

    AdminQueueResource(CaseListService lists) {
        this.lists = lists;
    }

    @GET
    @Operation(summary = "Poll the administrators' queue", description = "Routed cases no deputy holds (nobody could "
            + "be found, everybody declined, or an administrator pulled them in) that changed after the cursor, with "
            + "the polling contract of the deputy's assignments (ETag, 304, cursor).")
    @APIResponse(responseCode = "200", description = "The changes and the next cursor; ETag set.")
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag was issued.")
    @APIResponse(responseCode = "400", description = "Negative cursor or unknown status.")
    public Uni<RestResponse<CaseFeed>> poll(
            @QueryParam("since") @DefaultValue("0") @Min(0) @Parameter(description = "The cursor of the previous poll.") long since,
            @QueryParam("status") @Parameter(description = "Only these statuses (repeat or comma-separate).") List<String> status,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return lists.poll(FeedScope.administratorsQueue(), since, CaseListService.parseStatuses(status), ifNoneMatch)
                .map(FeedResponses::of);
    }
}
