package org.liaison.open311.apikey;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;

import java.net.URI;
import java.util.List;

@Path(ApiKeyResource.PATH)
@Tag(name = "Open311 API keys (administration)")
@RolesAllowed(Role.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    static final String PATH = "/api/admin/api-keys";

    private final ApiKeyService service;

    ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Issue an Open311 API key", description = "Creates a key for one client application "
            + "(POST /open311/v2/requests needs one). The key is in this answer only: it is stored hashed.")
    @APIResponse(responseCode = "201", description = "The key; copy apiKey now.")
    @APIResponse(responseCode = "400", description = "Invalid fields.")
    public Uni<RestResponse<IssuedApiKeyView>> create(@Valid @NotNull CreateApiKeyRequest request,
                                                      @Context SecurityContext security) {
        return service.create(request, security.getUserPrincipal().getName())
                .map(issued -> RestResponse.ResponseBuilder.<IssuedApiKeyView>created(URI.create(PATH + "/" + issued.key().id()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(issued).build());
    }

    @GET
    @Operation(summary = "List Open311 API keys", description = "Every key issued, newest first, revoked ones "
            + "included; never the keys themselves.")
    @APIResponse(responseCode = "200", description = "The keys.")
    public Uni<List<ApiKeyView>> list() {
        return service.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an Open311 API key", description = "The key stops working at once (403 for its "
            + "client); the record stays. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked).")
    @APIResponse(responseCode = "404", description = "No such key.")
    public Uni<Void> revoke(@PathParam("id") long id) {
        return service.revoke(id);
    }
}
