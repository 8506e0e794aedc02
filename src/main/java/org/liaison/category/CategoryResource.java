package org.liaison.category;

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

@Path("/api/admin/categories")
@Tag(name = "Categories (administration)")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final CategoryService service;

    CategoryResource(CategoryService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a category", description = "Adds a category of residents' messages with its default "
            + "department and its deadlines to accept and to resolve.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new category.")
    @APIResponse(responseCode = "400", description = "Invalid fields, an unusable department or resolveHours below acceptHours.")
    @APIResponse(responseCode = "409", description = "The code is taken.")
    public Uni<RestResponse<CategoryView>> create(@Valid @NotNull CreateCategoryRequest request) {
        return service.create(request)
                .map(view -> RestResponse.ResponseBuilder.<CategoryView>created(URI.create("/api/admin/categories/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Operation(summary = "List categories", description = "Pages through categories by code, active or not.")
    @APIResponse(responseCode = "200", description = "One page of categories.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters.")
    public Uni<Page<CategoryView>> list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Part of the code or a name, case-insensitive.") String q,
            @QueryParam("active") @Parameter(description = "true or false; absent lists both.") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        return service.list(q, active, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a category", description = "One category, active or not.")
    @APIResponse(responseCode = "200", description = "The category.")
    @APIResponse(responseCode = "404", description = "No such category.")
    public Uni<CategoryView> get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a category", description = "Full update, the active flag included. The version "
            + "must be the one last read, otherwise the answer is 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated; the new version is in the body.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "409", description = "Stale version, or the code is taken.")
    public Uni<CategoryView> update(@PathParam("id") long id, @Valid @NotNull UpdateCategoryRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a category", description = "Categories are never deleted, since cases refer to "
            + "them; a deactivated one is no longer offered to residents. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Deactivated (or already inactive).")
    @APIResponse(responseCode = "404", description = "No such category.")
    public Uni<Void> deactivate(@PathParam("id") long id) {
        return service.deactivate(id);
    }
}
