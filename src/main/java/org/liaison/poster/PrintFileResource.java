package org.liaison.poster;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.liaison.auth.Role;

import java.util.List;
import java.util.Map;

/** A district's posters in one print file. */
@Path("/api/admin/posters")
@Tag(name = "Bulk work")
@RolesAllowed(Role.ADMIN)
public class PrintFileResource {

    static final String PDF = "application/pdf";

    private final PrintFileService printFiles;

    PrintFileResource(PrintFileService printFiles) {
        this.printFiles = printFiles;
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "Print every poster at once", description = "One A4 PDF, one poster per page, with the content "
            + "of the venue's SVG poster (name, kind, QR code, typed code, opening hours, contact days, instructions in "
            + "Chinese and English) and its fonts embedded, so it prints the same anywhere. Choose a venue (with "
            + "includeSubVenues, every active venue under it), a region, or deputies' personal codes; coverPages puts a "
            + "scan sheet for the venue's staff, listing its deputies and contact days, before each venue's poster. "
            + "Codes are issued for venues that have none yet.")
    @APIResponse(responseCode = "200", description = "The print file.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "No venue, region or deputy given, or too many posters for one file.")
    @APIResponse(responseCode = "404", description = "No such venue or deputy.")
    public Multi<byte[]> posters(
            @Parameter(description = "A venue id.", example = "1") @QueryParam("venue") Long venue,
            @Parameter(description = "With venue: also every active venue under it.") @QueryParam("includeSubVenues") boolean includeSubVenues,
            @Parameter(description = "Every active venue of this region (district or county).", example = "梁溪区")
            @QueryParam("region") String region,
            @Parameter(description = "A deputy id whose personal code gets a poster; repeat for more.") @QueryParam("deputy") List<Long> deputies,
            @Parameter(description = "Put a scan sheet before each venue's poster.") @QueryParam("coverPages") boolean coverPages) {
        PrintFileService.Selection selection = new PrintFileService.Selection(venue, includeSubVenues, region,
                deputies == null ? List.of() : List.copyOf(deputies), coverPages);
        return RestMulti.fromUniResponse(printFiles.pages(selection), printFiles::pdf, pages -> Map.of(
                HttpHeaders.CONTENT_DISPOSITION, List.of("inline; filename=\"posters.pdf\""),
                HttpHeaders.CACHE_CONTROL, List.of("no-store")));
    }
}
