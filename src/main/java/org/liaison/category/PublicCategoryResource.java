package org.liaison.category;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/public/categories")
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCategoryResource {

    /** Categories change rarely; five minutes of caching spares the database a query per scan. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final CategoryService service;

    PublicCategoryResource(CategoryService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Categories to choose from", description = "The active categories for the resident's "
            + "message form, in the order the administrators created them. Needs no token; cacheable for 5 minutes.")
    @APIResponse(responseCode = "200", description = "The active categories.")
    public Uni<RestResponse<List<PublicCategoryView>>> list() {
        return service.listPublic().map(categories -> RestResponse.ResponseBuilder.ok(categories)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
    }
}
