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

/** The deputy's app: its assignments, polled cheaply, and everything it does to a case it holds. */
@Path("/api/deputy")
@Tag(name = "Deputy", description = "A deputy's own cases: polling, reading, accepting (接单), referring (转办), answering.")
@RolesAllowed(Role.DEPUTY)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeputyCaseResource {

    private final CaseListService lists;
    private final CaseWorkService work;
    private final JsonWebToken token;

    DeputyCaseResource(CaseListService lists, CaseWorkService work, JsonWebToken token) {
        this.lists = lists;
        this.work = work;
        this.token = token;
    }

    @GET
    @Path("/assignments")
    @Operation(summary = "Poll my assignments", description = "The cases I hold that changed after the cursor (since=0: "
            + "all of them, 100 at a time with more=true), newest change first, and the cursor to send next. Cases "
            + "that left me (declined, escalated, reassigned) are listed in released. Send the ETag back in "
            + "If-None-Match: while nothing changed for me the answer is 304 with no body, from the instance's memory "
            + "(no database read once my token and my revision are known to it).")
    @APIResponse(responseCode = "200", description = "The changes and the next cursor; ETag set.")
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag was issued.")
    @APIResponse(responseCode = "400", description = "Negative cursor or unknown status.")
    public Uni<RestResponse<CaseFeed>> assignments(
            @QueryParam("since") @DefaultValue("0") @Min(0) @Parameter(description = "The cursor of the previous poll.") long since,
            @QueryParam("status") @Parameter(description = "Only these statuses (repeat or comma-separate).") List<String> status,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return lists.poll(FeedScope.deputy(Readers.deputy(token).id()), since, CaseListService.parseStatuses(status), ifNoneMatch)
                .map(FeedResponses::of);
    }

    @GET
    @Path("/cases/{id}")
    @Operation(summary = "Read one of my cases", description = "The case with its full timeline, referrals and what I may "
            + "do now. The resident's name and phone are masked (surname initial, last four digits) until I accept the "
            + "case myself (an earlier holder's acceptance does not count); the phone never shows when the resident "
            + "refused contact, nor the name when anonymous.")
    @APIResponse(responseCode = "200", description = "The case; ETag: its version, for If-Match on the actions.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    public Uni<CaseView> get(@PathParam("id") long id) {
        return work.view(id, Readers.deputy(token));
    }

    @POST
    @Path("/cases/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept a case (接单)", description = "Takes the case on; the resident's contact becomes visible to me.")
    @APIResponse(responseCode = "200", description = "The accepted case.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now (the problem names the status and allowed actions), the case changed since the If-Match version, or a concurrent change won.")
    public Uni<CaseView> accept(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch) {
        return act(id, ifMatch, CaseAction.ACCEPT, ActionDetails.NONE);
    }

    @POST
    @Path("/cases/{id}/decline")
    @Operation(summary = "Decline a case", description = "Passes the case on with a reason: it is routed to the next "
            + "candidate (never me again) or to the administrators' queue.")
    @APIResponse(responseCode = "200", description = "The case as it now stands; it is no longer mine.")
    @APIResponse(responseCode = "400", description = "Missing or too long reason.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> decline(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reason request) {
        return act(id, ifMatch, CaseAction.DECLINE, ActionDetails.note(request.reason()));
    }

    @POST
    @Path("/cases/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start work", description = "Marks the case in progress (also resumes it while waiting for the resident).")
    @APIResponse(responseCode = "200", description = "The case in progress.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> start(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch) {
        return act(id, ifMatch, CaseAction.START_WORK, ActionDetails.NONE);
    }

    @POST
    @Path("/cases/{id}/request-info")
    @Operation(summary = "Ask the resident for information", description = "The question shows on the resident's page; the deadline clock pauses.")
    @APIResponse(responseCode = "200", description = "The case, waiting for the resident.")
    @APIResponse(responseCode = "400", description = "Missing or too long question.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> requestInfo(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Question request) {
        return act(id, ifMatch, CaseAction.REQUEST_INFO, ActionDetails.note(request.question()));
    }

    @POST
    @Path("/cases/{id}/refer")
    @Operation(summary = "Refer to a department (转办)", description = "Hands the case to an active department with a note; it comes back with the department's reply.")
    @APIResponse(responseCode = "200", description = "The referred case.")
    @APIResponse(responseCode = "400", description = "No such active department, or too long note.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> refer(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Refer request) {
        return work.refer(id, Readers.deputy(token), request.departmentId(), request.note(), CaseVersionTag.parse(ifMatch));
    }

    @POST
    @Path("/cases/{id}/recall-referral")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Recall a referral", description = "Takes the case back from the department (wrong or unresponsive department).")
    @APIResponse(responseCode = "200", description = "The case, back in progress.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> recallReferral(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid WorkRequests.Note request) {
        return act(id, ifMatch, CaseAction.RECALL_REFERRAL, ActionDetails.note(request == null ? null : request.note()));
    }

    @POST
    @Path("/cases/{id}/respond")
    @Operation(summary = "Answer the resident (办结)", description = "The reply shows on the resident's page, who may now rate it.")
    @APIResponse(responseCode = "200", description = "The responded case.")
    @APIResponse(responseCode = "400", description = "Missing or too long reply.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now (e.g. not accepted yet, or still referred).")
    public Uni<CaseView> respond(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reply request) {
        return act(id, ifMatch, CaseAction.RESPOND, ActionDetails.note(request.reply()));
    }

    @POST
    @Path("/cases/{id}/reject")
    @Operation(summary = "Reject a case (不予受理)", description = "Out of scope or abuse; the reason shows on the resident's page. Final.")
    @APIResponse(responseCode = "200", description = "The rejected case.")
    @APIResponse(responseCode = "400", description = "Missing or too long reason.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now.")
    public Uni<CaseView> reject(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Reason request) {
        return act(id, ifMatch, CaseAction.REJECT, ActionDetails.note(request.reason()));
    }

    @POST
    @Path("/cases/{id}/messages")
    @Operation(summary = "Write on the case thread", description = "A message the resident sees on its page; the status does not change.")
    @APIResponse(responseCode = "200", description = "The case with the message.")
    @APIResponse(responseCode = "400", description = "Missing or too long text.")
    @APIResponse(responseCode = "404", description = "No such case, or not mine.")
    @APIResponse(responseCode = "409", description = "Not possible now (e.g. the case is closed).")
    public Uni<CaseView> message(@PathParam("id") long id,
            @HeaderParam(CaseVersionTag.IF_MATCH) @Parameter(description = CaseVersionTag.IF_MATCH_DESCRIPTION) String ifMatch, @Valid @NotNull WorkRequests.Message request) {
        return act(id, ifMatch, CaseAction.ADD_MESSAGE, ActionDetails.note(request.text()));
    }

    private Uni<CaseView> act(long id, String ifMatch, CaseAction action, ActionDetails details) {
        return work.act(id, Readers.deputy(token), action, details, CaseVersionTag.parse(ifMatch));
    }
}
