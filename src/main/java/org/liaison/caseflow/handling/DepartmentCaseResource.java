package org.liaison.caseflow.handling;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.lifecycle.CaseAction;

import java.util.List;

/** A department's side: the cases referred to it, and its reply. It never sees the resident's name or phone. */
@Path("/api/department/cases")
@Tag(name = "Department", description = "Cases referred (转办) to a department, and its replies.")
@RolesAllowed(Role.DEPARTMENT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentCaseResource {

    private final CaseListService lists;
    private final CaseWorkService work;
    private final JsonWebToken token;

    DepartmentCaseResource(CaseListService lists, CaseWorkService work, JsonWebToken token) {
        this.lists = lists;
        this.work = work;
        this.token = token;
    }

    @GET
    @Operation(summary = "Poll my referred cases", description = "Cases referred to my department, now or before, that "
            + "changed after the cursor, with the polling contract of the deputy's assignments (ETag, 304, cursor). "
            + "A case stays listed after my reply; changes after the referral ended do not move my ETag.")
    @APIResponse(responseCode = "200", description = "The changes and the next cursor; ETag set.")
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag was issued.")
    @APIResponse(responseCode = "400", description = "Negative cursor or unknown status.")
    public Uni<RestResponse<CaseFeed>> list(
            @QueryParam("since") @DefaultValue("0") @Min(0) @Parameter(description = "The cursor of the previous poll.") long since,
            @QueryParam("status") @Parameter(description = "Only these statuses (repeat or comma-separate).") List<String> status,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return lists.poll(FeedScope.department(Readers.department(token).id()), since,
                CaseListService.parseStatuses(status), ifNoneMatch).map(FeedResponses::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a referred case", description = "A case referred to my department, now or before: my own "
            + "referral (its note, my reply, my messages) and the public timeline; never the resident's name or phone, "
            + "the deputies' internal notes, another department's referral or the rating comment.")
    @APIResponse(responseCode = "200", description = "The case; ETag: its version, for If-Match on the actions.")
    @APIResponse(responseCode = "404", description = "No such case, or never referred to my department.")
    public Uni<CaseView> get(@PathParam("id") long id) {
        return work.view(id, Readers.department(token));
    }

    @POST
    @Path("/{id}/reply")
    @Operation(summary = "Reply to a referral", description = "Records my department's answer; the case returns to its "
            + "deputy, in progress, with the reply attached to the referral.")
    @APIResponse(responseCode = "200", description = "The case, back with its deputy.")
    @APIResponse(responseCode = "400", description = "Missing or too long reply.")
    @APIResponse(responseCode = "404", description = "No such case, or never referred to my department.")
    @APIResponse(responseCode = "409", description = "The case is not referred to my department now.")
    public Uni<CaseView> reply(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reply request) {
        return work.act(id, Readers.department(token), CaseAction.DEPARTMENT_REPLY, ActionDetails.note(request.reply()),
                CaseVersionTag.parse(ifMatch));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write on the case thread", description = "A message to the deputy while the case is referred to "
            + "my department; the resident does not see its text.")
    @APIResponse(responseCode = "200", description = "The case with the message.")
    @APIResponse(responseCode = "400", description = "Missing or too long text.")
    @APIResponse(responseCode = "404", description = "No such case, or never referred to my department.")
    @APIResponse(responseCode = "409", description = "The case is not referred to my department now.")
    public Uni<CaseView> message(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Message request) {
        return work.act(id, Readers.department(token), CaseAction.ADD_MESSAGE, ActionDetails.note(request.text()),
                CaseVersionTag.parse(ifMatch));
    }
}
