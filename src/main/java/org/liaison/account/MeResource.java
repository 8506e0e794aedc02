package org.liaison.account;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;
import org.liaison.auth.TokenClaims;
import org.liaison.common.ClientAddress;

import java.util.List;

@Path("/api/me")
@Tag(name = "My account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.DEPUTY, Role.DEPARTMENT})
public class MeResource {

    private final MeService service;
    private final JsonWebToken caller;

    MeResource(MeService service, JsonWebToken caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Who am I", description = "The account of the token, its role and, for a deputy, its profile, "
            + "the venues it serves with their duty rules, where it is on duty today and its next contact days; for a "
            + "department, its name and contact. What an app needs to start, without administrator rights.")
    @APIResponse(responseCode = "200", description = "The caller's account.")
    @APIResponse(responseCode = "401", description = "No valid token.")
    public Uni<MeView> me() {
        return service.me(TokenClaims.of(caller));
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "My signed-in devices", description = "Every open session of this account, most recently "
            + "used first; current marks the one of this token.")
    @APIResponse(responseCode = "200", description = "The open sessions.")
    @APIResponse(responseCode = "401", description = "No valid token.")
    public Uni<List<SessionView>> sessions() {
        return service.sessions(TokenClaims.of(caller));
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(summary = "Sign a device out", description = "Ends one of this account's sessions, e.g. of a lost phone: "
            + "its refresh token stops working at once, its access tokens and live streams within seconds.")
    @APIResponse(responseCode = "204", description = "The session has ended (or had already).")
    @APIResponse(responseCode = "404", description = "No session of this account has this id.")
    public Uni<Void> endSession(@PathParam("id") long id) {
        return service.endSession(TokenClaims.of(caller), id);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Needs the current password. The new one must have at "
            + "least 8 characters and at most 72 bytes in UTF-8, and be neither the username nor a common password. "
            + "Every other session of the account ends; this one stays signed in.")
    @APIResponse(responseCode = "204", description = "Password changed.")
    @APIResponse(responseCode = "400", description = "Wrong current password, or a new password that breaks a rule (field errors).")
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords.")
    public Uni<Void> changePassword(@Valid @NotNull PasswordChangeRequest request, @Context HttpServerRequest http) {
        return service.changePassword(TokenClaims.of(caller), request, ClientAddress.of(http));
    }
}
