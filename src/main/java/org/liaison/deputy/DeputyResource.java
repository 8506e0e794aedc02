package org.liaison.deputy;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.net.URI;

@Path("/api/admin/deputies")
@Tag(name = "Deputies (administration)")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeputyResource {

    private final DeputyService service;

    DeputyResource(DeputyService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a deputy", description = "Adds a deputy; the phone number is normalised and stays private.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new deputy.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    public Uni<RestResponse<DeputyView>> create(@Valid @NotNull CreateDeputyRequest request) {
        return service.create(request)
                .map(view -> RestResponse.ResponseBuilder.<DeputyView>created(URI.create("/api/admin/deputies/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Operation(summary = "List deputies", description = "Pages through deputies by name, filtered by level, "
            + "name or constituency text, active flag and topic.")
    @APIResponse(responseCode = "200", description = "One page of deputies.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters.")
    public Uni<Page<DeputyView>> list(@Valid @BeanParam DeputyFilter filter, @Valid @BeanParam PageRequest paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a deputy", description = "One deputy, active or not, with its private phone number.")
    @APIResponse(responseCode = "200", description = "The deputy.")
    @APIResponse(responseCode = "404", description = "No such deputy.")
    public Uni<DeputyView> get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a deputy", description = "Full update, the active flag included. The version must "
            + "be the one last read: if someone changed the deputy since, the answer is 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated; the new version is in the body.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    @APIResponse(responseCode = "404", description = "No such deputy.")
    @APIResponse(responseCode = "409", description = "Stale version.")
    public Uni<DeputyView> update(@PathParam("id") long id, @Valid @NotNull UpdateDeputyRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a deputy", description = "Deputies are never deleted, since cases and duties "
            + "refer to them; this deactivates one. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Deactivated (or already inactive).")
    @APIResponse(responseCode = "404", description = "No such deputy.")
    public Uni<Void> deactivate(@PathParam("id") long id) {
        return service.deactivate(id);
    }
}
