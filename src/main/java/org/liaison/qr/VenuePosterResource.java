package org.liaison.qr;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;

/** The printable poster that hangs at a venue. */
@Path("/api/admin/venues/{id}/poster")
@Tag(name = "QR codes")
@RolesAllowed(Role.ADMIN)
public class VenuePosterResource {

    static final String SVG = "image/svg+xml";

    private final PosterService posters;

    VenuePosterResource(PosterService posters) {
        this.posters = posters;
    }

    @GET
    @Produces(SVG)
    @Operation(summary = "Get a venue's printable poster",
            description = "An A4 SVG to print: title 扫码联系代表 Scan to contact a deputy, the venue's name and kind, "
                    + "its QR code, the code grouped for typing by hand with the address, the opening hours and, "
                    + "when known, the next contact day.")
    @APIResponse(responseCode = "200", description = "The poster.", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "404", description = "No venue with this id.")
    public Uni<Response> poster(@PathParam("id") long id) {
        return posters.content(id).chain(posters::render).map(svg -> Response.ok(svg, SVG)
                .header("Content-Disposition", "inline; filename=\"venue-" + id + "-poster.svg\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build());
    }
}
