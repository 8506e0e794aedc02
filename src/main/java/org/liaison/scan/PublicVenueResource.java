package org.liaison.scan;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

@Path("/api/public")
@Tag(name = "Public", description = "What residents reach without an account.")
@Produces(MediaType.APPLICATION_JSON)
public class PublicVenueResource {

    private final PublicVenueService venues;

    PublicVenueResource(PublicVenueService venues) {
        this.venues = venues;
    }

    @GET
    @Path("venues/{code}")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "public, max-age=60")
    @Operation(summary = "A venue by its public code",
            description = "The venue behind a QR poster: where it is, its parent venues, the deputies who serve it "
                    + "(public profile only, never a phone number), who is on duty today and the next contact day. "
                    + "The code is case-insensitive and may be typed with dashes or spaces.")
    @APIResponse(responseCode = "200", description = "The venue.")
    @APIResponse(responseCode = "404", description = "No venue has this code (or it was mistyped).")
    @APIResponse(responseCode = "410", description = "The poster was replaced by a new one, or the venue closed.")
    public Uni<PublicVenueView> get(@Parameter(description = "The code printed on the poster.", example = "7K4M-Q9XT-B")
                                    @PathParam("code") String code) {
        return venues.byCode(code);
    }
}
