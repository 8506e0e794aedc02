package org.liaison.notification.webpush;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.common.problem.Problem;

/** The VAPID public key the tracking page subscribes with. */
@Path("/api/public/webpush")
@Tag(name = "Resident")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebPushKeyResource {

    /** The key browsers pass to PushManager.subscribe as applicationServerKey. */
    @Schema(name = "VapidPublicKey")
    public record PublicKeyView(@Schema(description = "base64url of the 65-byte uncompressed P-256 VAPID public key.")
                                String publicKey) {
    }

    private final PushSubscriptionService service;

    WebPushKeyResource(PushSubscriptionService service) {
        this.service = service;
    }

    @GET
    @Path("/public-key")
    @Operation(summary = "The Web Push (VAPID) public key", description = "The applicationServerKey for "
            + "PushManager.subscribe. 404 when this service does not send Web Push (NOTIFY_CHANNELS without webpush).")
    @APIResponse(responseCode = "200", description = "The key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicKeyView.class)))
    @APIResponse(responseCode = "404", description = "Web Push is not enabled.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publicKey() {
        return Response.ok(new PublicKeyView(service.publicKey()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
