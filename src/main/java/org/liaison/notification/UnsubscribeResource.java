package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of residents' messages. GET only shows a button (link previews and scanners fetch links);
 * the POST it sends stops the messages. The token in the path is the capability, so the form needs no other secret.
 */
@Path("/u/{trackingCode}/{token}")
@Tag(name = "Notifications")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'";

    private final ResidentOptOut optOut;

    UnsubscribeResource(ResidentOptOut optOut) {
        this.optOut = optOut;
    }

    @GET
    @Operation(summary = "Unsubscribe page", description = "A page with one button that stops all further messages about the case.")
    @APIResponse(responseCode = "200", description = "The confirmation page.")
    @APIResponse(responseCode = "404", description = "The link is not valid.")
    public Response page(@PathParam("trackingCode") String trackingCode, @PathParam("token") String token) {
        if (!optOut.valid(trackingCode, token)) {
            return notFound();
        }
        return page(200, "<form method=\"post\"><p>不再接收关于这件留言的短信和通知？<br>Stop all messages about this case?</p>"
                + "<button type=\"submit\">退订 / Unsubscribe</button></form>");
    }

    @POST
    @Operation(summary = "Unsubscribe", description = "Stops every further message about the case, on every channel; pending ones are cancelled.")
    @APIResponse(responseCode = "200", description = "Unsubscribed (also when it already was).")
    @APIResponse(responseCode = "404", description = "The link is not valid.")
    public Uni<Response> unsubscribe(@PathParam("trackingCode") String trackingCode, @PathParam("token") String token) {
        return optOut.unsubscribe(trackingCode, token).map(done -> done
                ? page(200, "<p>已退订，您不会再收到关于这件留言的通知。<br>Unsubscribed: no more messages about this case.</p>")
                : notFound());
    }

    private static Response notFound() {
        return page(404, "<p>链接无效。<br>This link is not valid.</p>");
    }

    private static Response page(int status, String body) {
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>退订 / Unsubscribe</title>"
                + "<link rel=\"stylesheet\" href=\"/web/liaison.css\"></head><body><main>" + body + "</main></body></html>";
        return Response.status(status).type("text/html; charset=utf-8").entity(html)
                .header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store").build();
    }
}
