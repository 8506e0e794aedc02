package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.mutiny.Multi;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.liaison.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Administrators' statistics: any period, grouped and filtered, read from the rollups. */
@Path("/api/admin/stats")
@Tag(name = "Statistics", description = "Figures per venue, deputy, department, category, region and period; rebuild.")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final String DEFINITIONS = "Counts are events in the period, by local day in liaison.zone (days and months "
            + "cut at local midnight): received = cases routed; accepted / responded = first acceptance / first response "
            + "of a case; closed, rejected, withdrawn = cases ending so; referred = referrals; reopened = unsatisfied "
            + "ratings that reopened a case; supervised / urged = 督办 / 催办 notes; wentOverdue = cases falling past "
            + "their resolve deadline. acceptance.rate = accepted within the category's accept hours of submission "
            + "(never escalated) / (first acceptances not preceded by an escalation + first escalations of cases not "
            + "yet accepted). resolution.rate = first responses before any overdue mark / (those + cases marked "
            + "overdue before their first response): open cases past their deadline count in the denominator from the "
            + "day they fell overdue. satisfactionRate (满意率) = (satisfied + basicallySatisfied) / (satisfied + "
            + "basicallySatisfied + unsatisfied) over closed cases; unrated cases are excluded from the denominator and "
            + "shown as unrated. Medians and p90 are bucket upper edges (StatsDurations). openNow / overdueNow are live.";

    private final StatsService stats;
    private final StatsRebuild rebuild;
    private final ZoneId zone;
    private final Clock clock;

    StatsResource(StatsService stats, StatsRebuild rebuild, LiaisonConfig config, Clock clock) {
        this.stats = stats;
        this.rebuild = rebuild;
        this.zone = config.zone();
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Statistics", description = DEFINITIONS)
    @APIResponse(responseCode = "200", description = "The groups and the total.")
    @APIResponse(responseCode = "400", description = "Unknown dimension, more than two, bad date or id, to before from.")
    public Uni<StatsReport> stats(@BeanParam StatsQueryParams params) {
        return stats.report(params.toFilter(zone, LocalDate.now(clock.withZone(zone))));
    }

    @GET
    @Path("/export")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Statistics as CSV", description = "The same question as GET /api/admin/stats, as CSV for "
            + "spreadsheets: UTF-8 with a byte order mark, RFC 4180 quoting, one line per group and a last line 'total'. "
            + DEFINITIONS)
    @APIResponse(responseCode = "200", description = "The CSV, streamed.")
    @APIResponse(responseCode = "400", description = "format is not csv, or a bad question.")
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"statistics.csv\"")
    public Multi<String> export(@QueryParam("format") @DefaultValue("csv") String format,
                                @BeanParam StatsQueryParams params) {
        requireCsv(format);
        return stats.report(params.toFilter(zone, LocalDate.now(clock.withZone(zone))))
                .onItem().transformToMulti(StatsCsv::lines);
    }

    static void requireCsv(String format) {
        if (!"csv".equalsIgnoreCase(format)) {
            throw ProblemException.invalid("format", "only csv is offered");
        }
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rebuild the rollups", description = "Recomputes every rollup row from case_event in one "
            + "transaction (the same rules as the live rollups); case changes wait for it. For a changed zone or rule.")
    @APIResponse(responseCode = "200", description = "How many rollup rows were written.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(example = "{\"rows\": 1234}"))
    public Uni<Map<String, Integer>> rebuild() {
        return rebuild.rebuild().map(rows -> Map.of("rows", rows));
    }
}
