package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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


/** What administrators must chase: overdue, reopened, escalated or supervised open cases. */
@Path("/api/admin/supervision")
@Tag(name = "Statistics")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    private final SupervisionService supervision;

    SupervisionResource(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GET
    @Operation(summary = "Supervision list (督办)", description = "Open cases overdue (flagged, or past the resolve or "
            + "accept deadline now), reopened, escalated or under supervision, oldest submission first, with the holder "
            + "and how long it has held the case. Supervise or urge one with POST /api/admin/cases/{id}/supervise or /urge.")
    @APIResponse(responseCode = "200", description = "One page of cases.")
    @APIResponse(responseCode = "400", description = "Bad paging.")
    public Uni<Page<SupervisedCase>> list(@QueryParam("region") @Parameter(description = "Only venues of this region.") String region,
                                          @QueryParam("venue") @Parameter(description = "Only this venue and those under it (id).") Long venue,
                                          @Valid @BeanParam PageRequest page) {
        return supervision.page(region, venue, page.page, page.size);
    }
}
