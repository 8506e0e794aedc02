package org.liaison.push;

import io.smallrye.mutiny.Multi;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.liaison.common.ClientAddress;
import org.liaison.common.problem.Problem;

@Path("/api/public/cases/{trackingCode}/events")
@Tag(name = "Live status")
public class PublicCaseEventsResource {

    private final PushStreams streams;

    PublicCaseEventsResource(PushStreams streams) {
        this.streams = streams;
    }

    @GET
    @Blocking
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Watch a case live (Server-Sent Events)",
            description = "Every public step of the case as it happens: SSE id = the event's sequence, event = its type, "
                    + "data = ResidentCaseEvent JSON. Without Last-Event-ID the case's whole public history comes first. "
                    + "The stream ends after the case closes; resuming a closed case with nothing missed answers 410. "
                    + "Comment lines are heartbeats. The secret goes in X-Case-Secret, or in `secret` for EventSource.")
    @APIResponse(responseCode = "200", description = "The event stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = PushEventViews.ResidentView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the secret does not match.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The case is closed and the client has every event.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This address holds too many streams.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This server holds as many streams as it can.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> watch(
            @RestPath @Parameter(example = "7K4M-9QXT-B") String trackingCode,
            @RestHeader("X-Case-Secret") String secretHeader,
            @RestQuery @Parameter(description = "The case secret, for clients that cannot set headers.") String secret,
            @RestHeader("Last-Event-ID") String lastEventIdHeader,
            @RestQuery @Parameter(description = "Resume after this event id (or the Last-Event-ID header).",
                    schema = @Schema(type = SchemaType.INTEGER)) String lastEventId,
            @Context RoutingContext routing, @Context Sse sse) {
        String presented = secretHeader != null && !secretHeader.isBlank() ? secretHeader : secret;
        return streams.forResident(trackingCode, presented, LastEventId.of(lastEventIdHeader, lastEventId),
                ClientAddress.of(routing.request()), sse,
                cleanUp -> routing.addEndHandler(ended -> cleanUp.run()));
    }
}
