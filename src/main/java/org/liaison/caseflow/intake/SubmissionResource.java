package org.liaison.caseflow.intake;

import org.liaison.caseflow.tracking.ResidentCaseResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.common.ClientAddress;
import org.liaison.common.RunToEnd;
import org.liaison.qr.OwnerKind;

import java.net.URI;
import java.util.Optional;

/** Where a resident's message arrives: the code of the scanned venue poster, or a deputy's personal code. */
@Path("/api/public")
@Tag(name = "Resident")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private static final String DESCRIPTION = " Needs no token. An Idempotency-Key is required (16–128 visible ASCII "
            + "characters, e.g. a UUID; 400 without one) so a retry after a network failure never makes a second case: the same key with "
            + "the same message answers the original 201 again (header Idempotent-Replayed: true, same tracking code and "
            + "secret); with a different message 422; while the first request is still being processed 409. Too many "
            + "messages from one address → 429 with Retry-After.";

    private static final String IDEMPOTENCY_KEY = "Key of this submission (16–128 visible ASCII characters, bare or "
            + "as a structured-field string), the same on every retry of it; kept 24 hours (IDEMPOTENCY_KEY_LIFETIME).";

    private final SubmissionService service;
    private final SubmissionRateLimiter limiter;

    SubmissionResource(SubmissionService service, SubmissionRateLimiter limiter) {
        this.service = service;
        this.limiter = limiter;
    }

    @POST
    @Path("venues/{code}/submissions")
    @PermitAll
    @Operation(summary = "Leave a message at a venue", description = "Creates a case at the venue of the scanned code "
            + "and routes it to a deputy: on duty today there, else the least loaded, else up the venue hierarchy, else "
            + "the liaison staff." + DESCRIPTION)
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, required = true, description = IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @APIResponse(responseCode = "201", description = "The case; keep its secret.",
            headers = @Header(name = "Location", description = "/api/public/cases/{trackingCode}"),
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (unknown category, text too long, bad phone ...).")
    @APIResponse(responseCode = "404", description = "No venue has this code.")
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed.")
    @APIResponse(responseCode = "410", description = "The code was replaced, or the venue no longer receives messages.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different message.")
    @APIResponse(responseCode = "429", description = "Too many messages from this address; see Retry-After.")
    public Uni<Response> atVenue(
            @Parameter(description = "The venue code from the poster, any case, dashes allowed.", example = "7K4M-9QXT-B")
            @PathParam("code") String code,
            @Valid @NotNull SubmissionRequest request,
            @Context HttpServerRequest http) {
        return submit(OwnerKind.VENUE, code, request, http);
    }

    @POST
    @Path("deputies/{code}/submissions")
    @PermitAll
    @Operation(summary = "Leave a message for a deputy", description = "Creates a case that goes straight to the deputy "
            + "of the personal code (at the first venue the deputy serves); if the deputy cannot take it, it is routed "
            + "from that venue." + DESCRIPTION)
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, required = true, description = IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @APIResponse(responseCode = "201", description = "The case; keep its secret.",
            headers = @Header(name = "Location", description = "/api/public/cases/{trackingCode}"),
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    @APIResponse(responseCode = "404", description = "No deputy has this code.")
    @APIResponse(responseCode = "409", description = "The deputy serves no venue yet, or the Idempotency-Key is in flight.")
    @APIResponse(responseCode = "410", description = "The code was replaced, or the deputy no longer receives messages.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different message.")
    @APIResponse(responseCode = "429", description = "Too many messages from this address; see Retry-After.")
    public Uni<Response> toDeputy(
            @Parameter(description = "The deputy's personal code.", example = "7K4M-9QXT-B") @PathParam("code") String code,
            @Valid @NotNull SubmissionRequest request,
            @Context HttpServerRequest http) {
        return submit(OwnerKind.DEPUTY, code, request, http);
    }

    /** The key is read from the request itself: an empty header is a malformed key, not an absent one. */
    private Uni<Response> submit(OwnerKind kind, String code, SubmissionRequest request, HttpServerRequest http) {
        Optional<String> key = Optional.of(IdempotencyKey.require(http.getHeader(IdempotencyKey.HEADER)));
        return limiter.admit(ClientAddress.of(http)).chain(() -> RunToEnd.of(service.submit(kind, code, request, key))).map(outcome -> {
            Response.ResponseBuilder response = Response.created(URI.create(ResidentCaseResource.PATH + "/" + outcome.trackingCode()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(outcome.body());
            if (outcome.replayed()) {
                response.header(IdempotencyKey.REPLAYED_HEADER, "true");
            }
            return response.build();
        });
    }
}
