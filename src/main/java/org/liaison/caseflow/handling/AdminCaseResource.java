package org.liaison.caseflow.handling;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

/**
 * Administrators: every case, assignment, and acting as holder of the cases in their queue, through the same
 * service code as the deputies (the state machine lets an administrator act only on queued cases).
 */
@Path("/api/admin/cases")
@Tag(name = "Case administration", description = "All cases, the administrators' queue, assignment and acting as holder.")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminCaseResource {

    private static final String NOT_NOW = "Not possible now (the problem names the status and allowed actions), the case "
            + "changed since the If-Match version, or a concurrent change won.";

    private final CaseListService lists;
    private final CaseWorkService work;

    AdminCaseResource(CaseListService lists, CaseWorkService work) {
        this.lists = lists;
        this.work = work;
    }

    @GET
    @Operation(summary = "List cases", description = "Cases by status, venue, deputy, queue or overdue flag, latest change first.")
    @APIResponse(responseCode = "200", description = "One page of cases.")
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging.")
    public Uni<Page<CaseSummary>> list(@BeanParam AdminCaseFilter filter, @Valid @BeanParam PageRequest page) {
        return lists.search(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case", description = "The full case, the resident's name and phone included, with what an administrator may do now.")
    @APIResponse(responseCode = "200", description = "The case; ETag: its version, for If-Match on the actions.")
    @APIResponse(responseCode = "404", description = "No such case.")
    public Uni<CaseView> get(@PathParam("id") long id) {
        return work.view(id, Actor.admin());
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Assign a case", description = "Hands the case to an active deputy with a fresh accept deadline, "
            + "or to the administrators' queue when deputyId is null.")
    @APIResponse(responseCode = "200", description = "The assigned case.")
    @APIResponse(responseCode = "400", description = "No such active deputy, or too long note.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> assign(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Assign request) {
        return work.assign(id, request.deputyId(), request.note(), CaseVersionTag.parse(ifMatch));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept a queued case", description = "An administrator takes on a case of the administrators' queue.")
    @APIResponse(responseCode = "200", description = "The accepted case.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> accept(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch) {
        return act(id, ifMatch, CaseAction.ACCEPT, ActionDetails.NONE);
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start work on a queued case", description = "As a deputy would, for a case the administrators hold.")
    @APIResponse(responseCode = "200", description = "The case in progress.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> start(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch) {
        return act(id, ifMatch, CaseAction.START_WORK, ActionDetails.NONE);
    }

    @POST
    @Path("/{id}/request-info")
    @Operation(summary = "Ask the resident for information", description = "For a case the administrators hold; the deadline clock pauses.")
    @APIResponse(responseCode = "200", description = "The case, waiting for the resident.")
    @APIResponse(responseCode = "400", description = "Missing or too long question.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> requestInfo(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Question request) {
        return act(id, ifMatch, CaseAction.REQUEST_INFO, ActionDetails.note(request.question()));
    }

    @POST
    @Path("/{id}/refer")
    @Operation(summary = "Refer a queued case to a department", description = "As a deputy would, for a case the administrators hold.")
    @APIResponse(responseCode = "200", description = "The referred case.")
    @APIResponse(responseCode = "400", description = "No such active department, or too long note.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> refer(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Refer request) {
        return work.refer(id, Actor.admin(), request.departmentId(), request.note(), CaseVersionTag.parse(ifMatch));
    }

    @POST
    @Path("/{id}/recall-referral")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Recall a referral", description = "Takes a queued case back from its department.")
    @APIResponse(responseCode = "200", description = "The case, back in progress.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> recallReferral(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid WorkRequests.Note request) {
        return act(id, ifMatch, CaseAction.RECALL_REFERRAL, ActionDetails.note(request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/respond")
    @Operation(summary = "Answer the resident", description = "For a case the administrators hold.")
    @APIResponse(responseCode = "200", description = "The responded case.")
    @APIResponse(responseCode = "400", description = "Missing or too long reply.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> respond(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reply request) {
        return act(id, ifMatch, CaseAction.RESPOND, ActionDetails.note(request.reply()));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a case", description = "Out of scope or abuse, with a reason the resident sees. Final.")
    @APIResponse(responseCode = "200", description = "The rejected case.")
    @APIResponse(responseCode = "400", description = "Missing or too long reason.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> reject(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reason request) {
        return act(id, ifMatch, CaseAction.REJECT, ActionDetails.note(request.reason()));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write on the case thread", description = "A message the resident sees on its page.")
    @APIResponse(responseCode = "200", description = "The case with the message.")
    @APIResponse(responseCode = "400", description = "Missing or too long text.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> message(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Message request) {
        return act(id, ifMatch, CaseAction.ADD_MESSAGE, ActionDetails.note(request.text()));
    }

    @POST
    @Path("/{id}/supervise")
    @Operation(summary = "Supervise a case (督办)", description = "Puts an open case under supervision with a note for its "
            + "holder. The status stays; the note is internal (the resident sees neither it nor the event); the holder's "
            + "poll and stream carry it; the statistics count it.")
    @APIResponse(responseCode = "200", description = "The supervised case.")
    @APIResponse(responseCode = "400", description = "Missing or too long note.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> supervise(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull WorkRequests.Supervision request) {
        return act(id, ifMatch, CaseAction.SUPERVISE, ActionDetails.note(request.note()));
    }

    @POST
    @Path("/{id}/urge")
    @Operation(summary = "Urge the holder (催办)", description = "Presses the holder of an open case to act, with an internal "
            + "note. The status stays; the holder's poll and stream carry it; the statistics count it.")
    @APIResponse(responseCode = "200", description = "The urged case.")
    @APIResponse(responseCode = "400", description = "Missing or too long note.")
    @APIResponse(responseCode = "404", description = "No such case.")
    @APIResponse(responseCode = "409", description = NOT_NOW)
    public Uni<CaseView> urge(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull WorkRequests.Supervision request) {
        return act(id, ifMatch, CaseAction.URGE, ActionDetails.note(request.note()));
    }

    private Uni<CaseView> act(long id, String ifMatch, CaseAction action, ActionDetails details) {
        return work.act(id, Actor.admin(), action, details, CaseVersionTag.parse(ifMatch));
    }
}
