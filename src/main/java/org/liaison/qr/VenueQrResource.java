package org.liaison.qr;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;

/** A venue's QR code: the image to print, the code behind it, and its rotation when a poster is compromised. */
@Path("/api/admin/venues/{id}/qr")
@Tag(name = "QR codes")
@RolesAllowed(Role.ADMIN)
public class VenueQrResource {

    private final QrResponses responses;

    VenueQrResource(QrResponses responses) {
        this.responses = responses;
    }

    @GET
    @Produces({"image/png", "image/svg+xml"})
    @Operation(summary = "Get a venue's QR code image",
            description = "PNG or SVG of the QR code encoding {public-base-url}/v/{code}, error correction level Q, "
                    + "quiet zone of at least 4 modules. The code is issued on first request. Cacheable: send the ETag "
                    + "back in If-None-Match to get 304 until the code is rotated.")
    @APIResponse(responseCode = "200", description = "The image.",
            content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "The client's copy is current.")
    @APIResponse(responseCode = "400", description = "format is not png or svg, or size is outside 128..2048.")
    @APIResponse(responseCode = "404", description = "No venue with this id.")
    public Uni<Response> image(
            @PathParam("id") long id,
            @Parameter(description = "Image format.", schema = @Schema(type = SchemaType.STRING, enumeration = {"png", "svg"}, defaultValue = "png"))
            @QueryParam("format") String format,
            @Parameter(description = "Edge length in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "128", maximum = "2048", defaultValue = "512"))
            @QueryParam("size") String size,
            @Context Request request) {
        return responses.image(OwnerKind.VENUE, id, format, size, request);
    }

    @GET
    @Path("code")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a venue's live code",
            description = "The code printed in the venue's QR code, grouped for typing by hand, with the address it encodes.")
    @APIResponse(responseCode = "200", description = "The live code.")
    @APIResponse(responseCode = "404", description = "No venue with this id.")
    public Uni<CodeView> code(@PathParam("id") long id) {
        return responses.code(OwnerKind.VENUE, id);
    }

    @POST
    @Path("rotate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a venue's code",
            description = "Retires the live code and issues the next revision. Posters with the old code stop working "
                    + "at once: residents scanning them are told to scan the new poster (410).")
    @APIResponse(responseCode = "200", description = "The new live code.")
    @APIResponse(responseCode = "404", description = "No venue with this id.")
    @APIResponse(responseCode = "409", description = "The new code collided with an existing one (very rare); rotate again.")
    public Uni<CodeView> rotate(@PathParam("id") long id) {
        return responses.rotate(OwnerKind.VENUE, id);
    }
}
