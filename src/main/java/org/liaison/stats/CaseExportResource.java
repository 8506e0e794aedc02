package org.liaison.stats;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.liaison.auth.Role;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The case list as CSV, without personal data, streamed page by page. */
@Path("/api/admin/cases/export")
@Tag(name = "Statistics")
@RolesAllowed(Role.ADMIN)
public class CaseExportResource {

    private final CaseExportService export;
    private final ZoneId zone;
    private final Clock clock;

    CaseExportResource(CaseExportService export, LiaisonConfig config, Clock clock) {
        this.export = export;
        this.zone = config.zone();
        this.clock = clock;
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Cases as CSV, without personal data", description = "Cases submitted on the local days "
            + "from..to (default this month), optionally of one venue or region: ids, status, venue, category, holder, "
            + "times, outcome. No name, phone, message text or rating comment. UTF-8 with a byte order mark, RFC 4180 "
            + "quoting; streamed in pages of 500 cases.")
    @APIResponse(responseCode = "200", description = "The CSV, streamed.")
    @APIResponse(responseCode = "400", description = "format is not csv, or a bad date or id.")
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"cases.csv\"")
    public Multi<String> export(@QueryParam("format") @DefaultValue("csv") String format,
                                              @BeanParam StatsQueryParams params) {
        StatsResource.requireCsv(format);
        return export.csv(params.toFilter(zone, LocalDate.now(clock.withZone(zone))));
    }
}
