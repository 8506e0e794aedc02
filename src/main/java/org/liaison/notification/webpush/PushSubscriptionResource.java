package org.liaison.notification.webpush;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.liaison.common.problem.Problem;

/**
 * "Notify me" on the tracking page: the browser's push subscription added to (or removed from) the case whose
 * secret it holds. Public; the case secret is the permission.
 */
@Path("/api/public/cases/{trackingCode}/push-subscriptions")
@Tag(name = "Resident")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PushSubscriptionResource {

    private static final String NOT_FOUND = "No case matches this tracking code and secret (the same answer whether "
            + "the code is unknown or the secret wrong or missing).";

    private final PushSubscriptionService service;

    PushSubscriptionResource(PushSubscriptionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get notified about your case", description = "Stores the browser's push subscription for "
            + "the case (accepted, information requested, answered, closed: the tracking code and link only, never the "
            + "case text). The same endpoint again renews its keys. At most NOTIFY_WEBPUSH_MAX_PER_CASE (5) per case. "
            + "Needs the case secret in X-Case-Secret.")
    @APIResponse(responseCode = "201", description = "Subscribed.")
    @APIResponse(responseCode = "200", description = "Already subscribed; the keys are renewed.")
    @APIResponse(responseCode = "400", description = "Not an https endpoint of a public host, or keys of the wrong "
            + "size; errors name the field (endpoint, keys.p256dh, keys.auth).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case holds the most subscriptions allowed, or Web Push is "
            + "not enabled.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> subscribe(@RestPath @Parameter(example = "7K4M-9QXT-B") String trackingCode,
                                   @RestHeader("X-Case-Secret") String secret,
                                   @Valid @NotNull PushSubscriptionRequest request) {
        return service.subscribe(trackingCode, secret, request)
                .map(created -> Response.status(created ? 201 : 200).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop notifications to this browser", description = "Removes the case's subscription with "
            + "this endpoint (also when there was none). Needs the case secret in X-Case-Secret.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", description = "The endpoint is missing or too long.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> unsubscribe(@RestPath String trackingCode, @RestHeader("X-Case-Secret") String secret,
                                     @Valid @NotNull PushSubscriptionRemoval removal) {
        return service.unsubscribe(trackingCode, secret, removal).map(done -> Response.noContent().build());
    }
}
