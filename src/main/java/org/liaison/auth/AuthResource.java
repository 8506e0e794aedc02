package org.liaison.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.common.ClientAddress;

@Path("/api/auth/token")
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService login;

    AuthResource(LoginService login) {
        this.login = login;
    }

    @POST
    @PermitAll
    @Operation(summary = "Log in", description = "Exchanges a username and password for a short-lived bearer token. "
            + "Repeated failures for one username or from one address are answered 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Token issued.")
    @APIResponse(responseCode = "401", description = "Wrong credentials or disabled account.")
    @APIResponse(responseCode = "429", description = "Too many failed attempts.")
    public Uni<TokenResponse> token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        return login.login(request, ClientAddress.of(http));
    }
}
