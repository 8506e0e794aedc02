package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;

@Path("/api/admin/exports/{kind}")
@Tag(name = "Bulk work")
@RolesAllowed(Role.ADMIN)
public class ExportResource {

    private final ExportService exports;

    ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces(ImportResource.CSV + ";charset=UTF-8")
    @Operation(summary = "Export a spreadsheet (CSV)", description = "Every venue, deputy or duty in the columns the import "
            + "reads, UTF-8 with BOM for Excel. Edit it and import it again: unchanged rows stay unchanged. Only records "
            + "with a code (externalCode) are exported, since the import matches on it; give others one with PUT first.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "kind is not venues, deputies or duties.")
    public Uni<Response> export(
            @Parameter(description = "venues, deputies or duties", schema = @Schema(enumeration = {"venues", "deputies", "duties"}))
            @PathParam("kind") String kind,
            @Parameter(description = "zh: Chinese column headers; anything else: English.") @QueryParam("header") String header) {
        ImportKind sheet = ImportKind.of(kind);
        return exports.export(sheet, "zh".equalsIgnoreCase(header)).map(csv -> Response.ok(csv)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + sheet.segment() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build());
    }
}
