package org.liaison.duty;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.util.List;

@Path("/api/admin/venues/{venueId}/duties")
@Tag(name = "Duties", description = "Which deputies serve a venue, and on which contact days.")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    private final DutyService duties;

    DutyResource(DutyService duties) {
        this.duties = duties;
    }

    @GET
    @Operation(summary = "List a venue's duties", description = "Every duty of the venue with its deputy's name, in order of id.")
    @APIResponse(responseCode = "200", description = "The duties, possibly none.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    public Uni<List<DutyView>> list(@PathParam("venueId") Long venueId) {
        return duties.list(venueId);
    }

    @POST
    @Operation(summary = "Add a duty", description = "Makes an active deputy serve the venue under a contact-day rule, "
            + "e.g. the third Tuesday of every month from 09:00 to 11:30. A deputy has at most one duty per venue.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new duty.")
    @APIResponse(responseCode = "400", description = "Invalid rule or hours, or no such active deputy.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    @APIResponse(responseCode = "409", description = "The deputy already serves this venue.")
    public Uni<RestResponse<DutyView>> create(@PathParam("venueId") Long venueId,
                                              @Valid @NotNull CreateDutyRequest request, @Context UriInfo uri) {
        return duties.create(venueId, request).map(view -> RestResponse.ResponseBuilder.<DutyView>created(
                uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build());
    }

    @GET
    @Path("/schedule")
    @Operation(summary = "Read a venue's schedule", description = "Who is on duty at the venue today and on its next "
            + "contact day, with their hours, as the public venue page shows it. Only active deputies count.")
    @APIResponse(responseCode = "200", description = "The schedule.")
    @APIResponse(responseCode = "404", description = "No such venue.")
    public Uni<VenueSchedule> schedule(@PathParam("venueId") Long venueId) {
        return duties.scheduleOf(venueId);
    }

    @GET
    @Path("/{dutyId}")
    @Operation(summary = "Read a duty", description = "One duty of the venue with its deputy's name.")
    @APIResponse(responseCode = "200", description = "The duty.")
    @APIResponse(responseCode = "404", description = "No such venue, or no such duty at this venue.")
    public Uni<DutyView> get(@PathParam("venueId") Long venueId, @PathParam("dutyId") Long dutyId) {
        return duties.get(venueId, dutyId);
    }

    @PUT
    @Path("/{dutyId}")
    @Operation(summary = "Update a duty", description = "Replaces the deputy, rule and hours of the duty.")
    @APIResponse(responseCode = "200", description = "The updated duty with its new version.")
    @APIResponse(responseCode = "400", description = "Invalid rule or hours, or no such active deputy.")
    @APIResponse(responseCode = "404", description = "No such venue, or no such duty at this venue.")
    @APIResponse(responseCode = "409", description = "Stale version, or the deputy already serves this venue under another duty.")
    public Uni<DutyView> update(@PathParam("venueId") Long venueId, @PathParam("dutyId") Long dutyId,
                                @Valid @NotNull UpdateDutyRequest request) {
        return duties.update(venueId, dutyId, request);
    }

    @DELETE
    @Path("/{dutyId}")
    @Operation(summary = "Remove a duty", description = "The deputy no longer serves the venue.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such venue, or no such duty at this venue.")
    public Uni<Void> delete(@PathParam("venueId") Long venueId, @PathParam("dutyId") Long dutyId) {
        return duties.delete(venueId, dutyId);
    }
}
