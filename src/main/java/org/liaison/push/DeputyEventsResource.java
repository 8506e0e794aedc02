package org.liaison.push;

import io.smallrye.mutiny.Multi;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.liaison.auth.AccessRevocations;
import org.liaison.auth.Role;
import org.liaison.auth.TokenService;
import org.liaison.common.ClientAddress;
import org.liaison.common.problem.Problem;

@Path("/api/deputy/events")
@Tag(name = "Live status")
public class DeputyEventsResource {

    private final PushStreams streams;
    private final JsonWebToken token;
    private final AccessRevocations revocations;

    DeputyEventsResource(PushStreams streams, JsonWebToken token, AccessRevocations revocations) {
        this.streams = streams;
        this.token = token;
        this.revocations = revocations;
    }

    @GET
    @Blocking
    @RolesAllowed(Role.DEPUTY)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Watch this deputy's cases live (Server-Sent Events)",
            description = "Every change of a case this deputy holds after it (new assignment, resident message, department reply, rating, escalation), internal notes included; never another deputy's. SSE id = the event's sequence, event = its type, data = HolderCaseEvent JSON. "
                    + "Live from now; with Last-Event-ID (or lastEventId) the missed events come first. "
                    + "The stream ends when the token expires, and within seconds when its session ends or the account is disabled: "
                    + "reconnect with a fresh token and Last-Event-ID.")
    @APIResponse(responseCode = "200", description = "The event stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = PushEventViews.HolderView.class)))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a deputy token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This address holds too many streams.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This server holds as many streams as it can.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> watch(
            @RestHeader("Last-Event-ID") String lastEventIdHeader,
            @RestQuery @Parameter(description = "Resume after this event id (or the Last-Event-ID header).",
                    schema = @Schema(type = SchemaType.INTEGER)) String lastEventId,
            @Context RoutingContext routing, @Context Sse sse) {
        Audience audience = new Audience.DeputyWatcher(HolderAudiences.claimedId(token, TokenService.DEPUTY_CLAIM));
        return streams.forHolder(audience, LastEventId.of(lastEventIdHeader, lastEventId),
                HolderAudiences.expiresAt(token), revocations.whenRevoked(token), ClientAddress.of(routing.request()), sse,
                cleanUp -> routing.addEndHandler(ended -> cleanUp.run()));
    }
}
