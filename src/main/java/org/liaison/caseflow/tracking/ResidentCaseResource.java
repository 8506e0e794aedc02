package org.liaison.caseflow.tracking;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The resident's own case, reached with its tracking code and secret. A wrong, missing or malformed secret and an
 * unknown code all answer the same 404 (never 403), so nobody can probe which tracking codes exist.
 */
@Path(ResidentCaseResource.PATH + "/{trackingCode}")
@Tag(name = "Resident")
@Produces(MediaType.APPLICATION_JSON)
public class ResidentCaseResource {

    public static final String PATH = "/api/public/cases";
    static final String SECRET_HEADER = "X-Case-Secret";
    private static final String NOT_FOUND = "No case matches this tracking code and secret (the same answer whether "
            + "the code is unknown or the secret wrong or missing).";

    private final ResidentCaseService service;

    ResidentCaseResource(ResidentCaseService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Follow your case", description = "Status, category, venue, who holds it, deadlines, what you "
            + "can do now and the public timeline. Needs the case secret in X-Case-Secret; never cached.")
    @APIResponse(responseCode = "200", description = "The case.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Uni<RestResponse<ResidentCaseView>> get(
            @Parameter(description = "Tracking code, any case, dashes allowed.", example = "7K4M-9QXT-B")
            @PathParam("trackingCode") String trackingCode,
            @Parameter(description = "The secret returned at submission.") @HeaderParam(SECRET_HEADER) String secret) {
        return service.get(trackingCode, secret).map(ResidentCaseResource::noStore);
    }

    @POST
    @Path("messages")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add to your case", description = "A follow-up message. When the case is waiting for more "
            + "information from you, this is your answer and the work resumes (PROVIDE_INFO). Returns the updated case.")
    @APIResponse(responseCode = "200", description = "The updated case.")
    @APIResponse(responseCode = "400", description = "The text is empty, longer than 2000 characters or not plain text.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The case is closed, rejected or withdrawn.")
    public Uni<RestResponse<ResidentCaseView>> message(
            @PathParam("trackingCode") String trackingCode, @HeaderParam(SECRET_HEADER) String secret,
            @Valid @NotNull MessageRequest request) {
        return service.addMessage(trackingCode, secret, request).map(ResidentCaseResource::noStore);
    }

    @POST
    @Path("rating")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the response", description = "Only once the case is RESPONDED. SATISFIED or "
            + "BASICALLY_SATISFIED closes it; UNSATISFIED reopens it under supervision, up to the reopen cap, after "
            + "which it closes as unsatisfied. Returns the updated case.")
    @APIResponse(responseCode = "200", description = "The updated case.")
    @APIResponse(responseCode = "400", description = "Missing or unknown rating, or a comment over 1000 characters.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The case is not RESPONDED; the problem names its status and "
            + "what you can do now (context.currentStatus, context.allowedActions).")
    public Uni<RestResponse<ResidentCaseView>> rate(
            @PathParam("trackingCode") String trackingCode, @HeaderParam(SECRET_HEADER) String secret,
            @Valid @NotNull RatingRequest request) {
        return service.rate(trackingCode, secret, request).map(ResidentCaseResource::noStore);
    }

    @POST
    @Path("withdraw")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw your case", description = "Possible until the case is closed, rejected or "
            + "withdrawn; a reason is optional and the body may be left out. Returns the updated case.")
    @APIResponse(responseCode = "200", description = "The withdrawn case.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The case is already closed, rejected or withdrawn.")
    public Uni<RestResponse<ResidentCaseView>> withdraw(
            @PathParam("trackingCode") String trackingCode, @HeaderParam(SECRET_HEADER) String secret,
            @Valid WithdrawRequest request) {
        return service.withdraw(trackingCode, secret, request).map(ResidentCaseResource::noStore);
    }

    private static RestResponse<ResidentCaseView> noStore(ResidentCaseView view) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
