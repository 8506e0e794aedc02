package org.liaison.account;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.liaison.auth.Role;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.net.URI;

@Path("/api/admin/accounts")
@Tag(name = "Accounts (administration)")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccountAdminResource {

    private final AccountAdminService service;
    private final JsonWebToken caller;

    AccountAdminResource(AccountAdminService service, JsonWebToken caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "Adds a login for an administrator, a deputy or a "
            + "department's staff. The username is stored lower-case; the password only as a bcrypt hash.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new account.")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a deputy/department link that does not fit the role.")
    @APIResponse(responseCode = "409", description = "The username is taken.")
    public Uni<RestResponse<AccountView>> create(@Valid @NotNull CreateAccountRequest request) {
        return service.create(request)
                .map(view -> RestResponse.ResponseBuilder.<AccountView>created(URI.create("/api/admin/accounts/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Operation(summary = "List accounts", description = "Pages through accounts by username.")
    @APIResponse(responseCode = "200", description = "One page of accounts.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters.")
    public Uni<Page<AccountView>> list(
            @QueryParam("role") @Pattern(regexp = "admin|deputy|department", message = "must be admin, deputy or department")
            @Parameter(description = "Only accounts of this role.") String role,
            @QueryParam("q") @Size(max = 64) @Parameter(description = "Part of the username, case-insensitive.") String q,
            @QueryParam("enabled") @Parameter(description = "true or false; absent lists both.") Boolean enabled,
            @Valid @BeanParam PageRequest paging) {
        return service.list(role, q, enabled, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an account", description = "One account, without any trace of its password.")
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public Uni<AccountView> get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable an account", description = "The account can no longer log in; its sessions end, "
            + "its access tokens stop working and its live streams close on every instance within seconds. "
            + "Administrators cannot disable themselves, nor the last enabled administrator. Repeating it is harmless.")
    @APIResponse(responseCode = "200", description = "The account, now disabled.")
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "Your own account, or the last enabled administrator.")
    public Uni<AccountView> disable(@PathParam("id") long id) {
        return service.disable(id, callerAccountId());
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable an account", description = "The account can log in again. Repeating it is harmless.")
    @APIResponse(responseCode = "200", description = "The account, now enabled.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public Uni<AccountView> enable(@PathParam("id") long id) {
        return service.enable(id);
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset a password", description = "Sets a new password, e.g. for someone who forgot theirs, "
            + "and ends every session of the account (its tokens stop working within seconds).")
    @APIResponse(responseCode = "204", description = "Password replaced.")
    @APIResponse(responseCode = "400", description = "Password too short or too long (over 128 characters or 72 bytes in UTF-8).")
    @APIResponse(responseCode = "404", description = "No such account.")
    public Uni<Void> resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordResetRequest request) {
        return service.resetPassword(id, request);
    }

    @DELETE
    @Path("/{id}/sessions")
    @Operation(summary = "End all sessions of an account", description = "Signs the account out everywhere: its refresh "
            + "tokens stop working at once, its access tokens and live streams within seconds on every instance. It "
            + "can log in again.")
    @APIResponse(responseCode = "204", description = "Every session has ended.")
    @APIResponse(responseCode = "404", description = "No such account.")
    public Uni<Void> endSessions(@PathParam("id") long id) {
        return service.endSessions(id);
    }

    /** The caller's own account, from the token's subject; null for a token that names no account. */
    private Long callerAccountId() {
        try {
            return caller.getSubject() == null ? null : Long.valueOf(caller.getSubject());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
