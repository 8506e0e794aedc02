package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

/** The notification outbox for operators: what waits, what was sent, what died, and the retry of the dead. */
@Path("/api/admin/notifications")
@Tag(name = "Notifications", description = "The outbox of SMS, webhook and Web Push messages, and their delivery.")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationAdminResource {

    private final NotificationAdminService service;

    NotificationAdminResource(NotificationAdminService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List notifications", description = "Newest first. PENDING messages wait for their next "
            + "attempt (lastError says why, e.g. quiet hours), SENT were accepted by the channel, DEAD failed "
            + "liaison.notify.max-attempts times or were refused for good, CANCELLED were dropped (unsubscribed, "
            + "no number any more, Web Push subscription gone).")
    @APIResponse(responseCode = "200", description = "One page of notifications.")
    @APIResponse(responseCode = "400", description = "Unknown state or bad paging.")
    public Uni<Page<NotificationView>> list(
            @QueryParam("state") @Parameter(description = "PENDING, SENT, DEAD or CANCELLED; all when absent.", example = "DEAD") String state,
            @Valid @BeanParam PageRequest page) {
        return service.list(state, page);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry a dead notification", description = "Puts a DEAD message back in the queue, due "
            + "now, with a fresh set of attempts. It keeps its message id, so a receiver that did get it drops it.")
    @APIResponse(responseCode = "200", description = "The message, PENDING again.")
    @APIResponse(responseCode = "404", description = "No such notification.")
    @APIResponse(responseCode = "409", description = "The notification is not DEAD.")
    public Uni<NotificationView> retry(@PathParam("id") long id) {
        return service.retry(id);
    }
}
