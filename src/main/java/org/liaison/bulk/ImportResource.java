package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;

import java.io.InputStream;

@Path("/api/admin/imports/{kind}")
@Tag(name = "Bulk work", description = "A district's venues, deputies and duties from and to spreadsheets; posters printed at once.")
@RolesAllowed(Role.ADMIN)
public class ImportResource {

    static final String CSV = "text/csv";

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a spreadsheet (CSV)", description = "One row per venue, deputy or duty, matched by the "
            + "administration's own codes: new codes are created, changed rows updated, identical rows left alone, so "
            + "importing the same file twice changes nothing. Nothing is deleted unless a row says active=false "
            + "(venues and deputies are deactivated, duties ended). Headers in English or Chinese; UTF-8 with or without "
            + "BOM, or GB18030/GBK, detected or named by charset. All or nothing: one bad row rejects the file, and the "
            + "answer lists every bad row with its column, value and reason in English and Chinese. See README for the columns.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "code,kind,parent_code,name,region,address\nLX-H1,HOME,,梁溪区人大代表之家,梁溪区,无锡市梁溪区解放南路 1 号"))
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun, checked): the counts.")
    @APIResponse(responseCode = "400", description = "Bad rows (context.rowErrors lists them) or an unknown charset; nothing changed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "kind is not venues, deputies or duties.")
    @APIResponse(responseCode = "413", description = "The file is larger than the upload limit.")
    public Uni<ImportResult> importSheet(
            @Parameter(description = "venues, deputies or duties", schema = @Schema(enumeration = {"venues", "deputies", "duties"}))
            @PathParam("kind") String kind,
            @Parameter(description = "true: check everything and answer what would happen, changing nothing.")
            @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "The file's encoding when detection should not decide, e.g. GB18030 or UTF-8.")
            @QueryParam("charset") String charset,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        ImportKind sheet = ImportKind.of(kind);
        return imports.importSheet(sheet, body, charset != null ? charset : charsetOf(contentType), dryRun);
    }

    /**
     * "text/csv; charset=GBK" → GBK: a client that labels its body is believed, except for ISO-8859-1, which HTTP
     * clients add by default to text types and no Chinese office saves a spreadsheet in.
     */
    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String named = pair[1].strip().replace("\"", "");
                return named.equalsIgnoreCase("ISO-8859-1") ? null : named;
            }
        }
        return null;
    }
}
