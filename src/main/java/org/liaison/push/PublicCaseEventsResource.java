package org.liaison.push;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.caseflow.tracking.CaseAccess;
import org.liaison.common.ClientAddress;
import org.liaison.common.problem.Problem;

import java.time.Instant;

@Path("/api/public/cases/{trackingCode}/events")
@Tag(name = "Live status")
public class PublicCaseEventsResource {

    private final PushStreams streams;
    private final CaseAccess access;
    private final StreamTickets tickets;

    PublicCaseEventsResource(PushStreams streams, CaseAccess access, StreamTickets tickets) {
        this.streams = streams;
        this.access = access;
        this.tickets = tickets;
    }

    /** What the tracking page's EventSource puts in its URL instead of the secret. */
    @Schema(name = "StreamTicket", description = "A short-lived ticket that opens this one case's event stream.")
    public record TicketView(
            @Schema(description = "Send as ?ticket= when opening the stream.") String ticket,
            @Schema(description = "After this the ticket opens no stream; ask for a new one to reconnect.") Instant expiresAt) {
    }

    @POST
    @Path("/tickets")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange the case secret for a stream ticket",
            description = "For browsers, whose EventSource cannot send X-Case-Secret: the secret goes in the header of "
                    + "this POST, and the answer is a signed ticket naming this case and an expiry (STREAM_TICKET_LIFETIME, "
                    + "default 2 minutes) to put in the stream URL as ?ticket=. It reveals nothing of the secret, opens "
                    + "only this case's public stream, works on every instance, and is only checked when a stream opens.")
    @APIResponse(responseCode = "200", description = "The ticket.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the secret does not match.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TicketView>> ticket(@RestPath @Parameter(example = "7K4M-9QXT-B") String trackingCode,
                                                @RestHeader("X-Case-Secret") String secret) {
        return access.grant(trackingCode, secret).map(grant -> {
            StreamTickets.Issued issued = tickets.issue(grant.caseId());
            return RestResponse.ResponseBuilder.ok(new TicketView(issued.ticket(), issued.expiresAt()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        });
    }

    @GET
    @Blocking
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Watch a case live (Server-Sent Events)",
            description = "Every public step of the case as it happens: SSE id = the event's sequence, event = its type, "
                    + "data = ResidentCaseEvent JSON. Without Last-Event-ID the case's whole public history comes first. "
                    + "The stream ends after the case closes; resuming a closed case with nothing missed answers 410. "
                    + "Comment lines are heartbeats. The secret goes in X-Case-Secret; a browser's EventSource, which cannot "
                    + "set headers, sends `ticket` from POST …/events/tickets instead, so the secret never goes in a URL.")
    @APIResponse(responseCode = "200", description = "The event stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = PushEventViews.ResidentView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the secret (or ticket) does not match or has expired.",
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
            @RestQuery @Parameter(description = "A stream ticket (POST …/events/tickets), for clients that cannot set headers.")
            String ticket,
            @RestHeader("Last-Event-ID") String lastEventIdHeader,
            @RestQuery @Parameter(description = "Resume after this event id (or the Last-Event-ID header).",
                    schema = @Schema(type = SchemaType.INTEGER)) String lastEventId,
            @Context RoutingContext routing, @Context Sse sse) {
        return streams.forResident(trackingCode, secretHeader, ticket, LastEventId.of(lastEventIdHeader, lastEventId),
                ClientAddress.of(routing.request()), sse,
                cleanUp -> routing.addEndHandler(ended -> cleanUp.run()));
    }
}
