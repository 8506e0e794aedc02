package org.liaison.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.common.ClientAddress;

@Path("/api/auth")
@Tag(name = "Authentication", description = AuthDocs.FLOW)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService login;
    private final SessionService sessions;
    private final JsonWebToken caller;

    AuthResource(LoginService login, SessionService sessions, JsonWebToken caller) {
        this.login = login;
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in", description = "Exchanges a username and password for a short-lived access token and "
            + "a refresh token, opening a device session (named by the optional deviceLabel). "
            + "Repeated failures for one username or from one address are answered 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Tokens issued.")
    @APIResponse(responseCode = "401", description = "Wrong credentials or disabled account.")
    @APIResponse(responseCode = "429", description = "Too many failed attempts.")
    public Uni<TokenResponse> token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        return login.login(request, ClientAddress.of(http));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew the tokens", description = "Exchanges a refresh token for a new access token and a new "
            + "refresh token. Each refresh token works once: the old one is spent by this call. Presenting a spent "
            + "one again is taken as theft: the whole session ends and the answer is 401. So a client refreshes "
            + "one request at a time and keeps only the newest refresh token.")
    @APIResponse(responseCode = "200", description = "A new pair; the refresh token sent is spent.")
    @APIResponse(responseCode = "400", description = "No refresh_token in the body.")
    @APIResponse(responseCode = "401", description = "Unknown, expired, spent or ended: log in again.")
    @APIResponse(responseCode = "429", description = "Too many failed attempts from this address.")
    public Uni<TokenResponse> refresh(@Valid @NotNull RefreshRequest request, @Context HttpServerRequest http) {
        return sessions.refresh(request.refreshToken(), ClientAddress.of(http));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({Role.ADMIN, Role.DEPUTY, Role.DEPARTMENT})
    @Operation(summary = "Log out", description = "Ends the session of the access token sent: its refresh token stops "
            + "working at once, and so does the access token on every instance within seconds.")
    @APIResponse(responseCode = "204", description = "The session has ended.")
    @APIResponse(responseCode = "401", description = "No valid token.")
    public Uni<Void> logout() {
        TokenClaims claims = TokenClaims.of(caller);
        if (claims.accountId() == null || claims.sessionId() == null) {
            return Uni.createFrom().voidItem();
        }
        return sessions.endOwn(claims.accountId(), claims.sessionId(), SessionService.LOGOUT);
    }
}
