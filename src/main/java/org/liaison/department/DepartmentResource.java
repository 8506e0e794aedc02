package org.liaison.department;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.net.URI;

@Path("/api/admin/departments")
@Tag(name = "Departments (administration)")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService service;

    DepartmentResource(DepartmentService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a department", description = "Adds a government department that cases can be referred to.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new department.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    @APIResponse(responseCode = "409", description = "The code is taken.")
    public Uni<RestResponse<DepartmentView>> create(@Valid @NotNull CreateDepartmentRequest request) {
        return service.create(request)
                .map(view -> RestResponse.ResponseBuilder.<DepartmentView>created(URI.create("/api/admin/departments/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Operation(summary = "List departments", description = "Pages through departments by code.")
    @APIResponse(responseCode = "200", description = "One page of departments.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters.")
    public Uni<Page<DepartmentView>> list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Part of the code or a name, case-insensitive.") String q,
            @QueryParam("active") @Parameter(description = "true or false; absent lists both.") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        return service.list(q, active, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a department", description = "One department, active or not.")
    @APIResponse(responseCode = "200", description = "The department.")
    @APIResponse(responseCode = "404", description = "No such department.")
    public Uni<DepartmentView> get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a department", description = "Full update, the active flag included. The version "
            + "must be the one last read, otherwise the answer is 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated; the new version is in the body.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    @APIResponse(responseCode = "404", description = "No such department.")
    @APIResponse(responseCode = "409", description = "Stale version, or the code is taken.")
    public Uni<DepartmentView> update(@PathParam("id") long id, @Valid @NotNull UpdateDepartmentRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a department", description = "Departments are never deleted, since referrals "
            + "refer to them; this deactivates one. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Deactivated (or already inactive).")
    @APIResponse(responseCode = "404", description = "No such department.")
    public Uni<Void> deactivate(@PathParam("id") long id) {
        return service.deactivate(id);
    }
}
