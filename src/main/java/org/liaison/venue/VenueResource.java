package org.liaison.venue;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

@Path("/api/admin/venues")
@Tag(name = "Venues", description = "Administration of liaison venues: homes, stations and contact points.")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    private final VenueService venues;

    VenueResource(VenueService venues) {
        this.venues = venues;
    }

    @POST
    @Operation(summary = "Create a venue", description = "Adds a HOME, or a STATION under an active HOME, or a POINT "
            + "under an active STATION.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new venue.")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a parent that does not exist or has the wrong kind.")
    @APIResponse(responseCode = "409", description = "The parent venue is inactive.")
    public Uni<RestResponse<VenueView>> create(@Valid @NotNull CreateVenueRequest request, @Context UriInfo uri) {
        return venues.create(request).map(view -> RestResponse.ResponseBuilder.<VenueView>created(
                uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build());
    }

    @GET
    @Operation(summary = "List venues", description = "Pages through venues in order of id, optionally filtered by kind, "
            + "parent, region, text in the name or address, and active state.")
    @APIResponse(responseCode = "200", description = "One page of venues.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter.")
    public Uni<Page<VenueView>> list(@Valid @BeanParam VenueFilter filter, @Valid @BeanParam PageRequest page) {
        return venues.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a venue", description = "Returns the venue, active or not.")
    @APIResponse(responseCode = "200", description = "The venue.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    public Uni<VenueView> get(@PathParam("id") Long id) {
        return venues.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a venue", description = "Replaces every field, including kind, parent and the active "
            + "flag (so a venue can be reactivated). The venues under it must still nest correctly; an active venue "
            + "needs an active parent, and a venue with active venues under it cannot be deactivated.")
    @APIResponse(responseCode = "200", description = "The updated venue with its new version.")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a parent that does not exist or has the wrong kind.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    @APIResponse(responseCode = "409", description = "Stale version, or the change would break the hierarchy.")
    public Uni<VenueView> update(@PathParam("id") Long id, @Valid @NotNull UpdateVenueRequest request) {
        return venues.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a venue", description = "Venues are never deleted, because cases refer to them: "
            + "this deactivates it. Repeating it changes nothing. Refused while active venues are under it.")
    @APIResponse(responseCode = "204", description = "The venue is inactive.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    @APIResponse(responseCode = "409", description = "Active venues are still under it.")
    public Uni<Void> deactivate(@PathParam("id") Long id) {
        return venues.deactivate(id);
    }
}
