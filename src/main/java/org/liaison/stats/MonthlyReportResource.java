package org.liaison.stats;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.liaison.auth.Role;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The printable monthly report of a region or venue: headline figures, two inline SVG charts, the supervision list. */
@Path("/api/admin/stats/report")
@Tag(name = "Statistics")
@RolesAllowed(Role.ADMIN)
public class MonthlyReportResource {

    private final StatsService stats;
    private final SupervisionService supervision;
    private final Template report;
    private final ZoneId zone;
    private final Clock clock;

    MonthlyReportResource(StatsService stats, SupervisionService supervision, @Location("stats/report.html") Template report,
                          LiaisonConfig config, Clock clock) {
        this.stats = stats;
        this.supervision = supervision;
        this.report = report;
        this.zone = config.zone();
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @ResponseHeader(name = "Content-Security-Policy", value = "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    @Operation(summary = "Monthly report (HTML, A4)", description = "Server-rendered, printable on A4, no script and no "
            + "external resource. Send the bearer token as usual: curl -H \"Authorization: Bearer $TOKEN\" "
            + "'.../api/admin/stats/report?month=2027-04&region=梁溪区&lang=zh' > report.html, then open the file.")
    @APIResponse(responseCode = "200", description = "The report page.")
    @APIResponse(responseCode = "400", description = "Bad month, venue or language.")
    public Uni<String> page(@QueryParam("month") @Parameter(description = "YYYY-MM; default this month.") String month,
                            @QueryParam("region") @Parameter(description = "A region, or") String region,
                            @QueryParam("venue") @Parameter(description = "a venue id (its sub-venues included).") String venue,
                            @QueryParam("lang") @Parameter(description = "zh (default) or en.") String lang) {
        YearMonth period = month(month);
        Long venueId = venue(venue);
        String area = region == null || region.isBlank() ? null : region.trim();
        String language = lang == null || lang.isBlank() ? "zh" : lang;
        if (!List.of("zh", "en").contains(language)) {
            throw ProblemException.invalid("lang", "zh or en");
        }
        StatsFilter monthFilter = new StatsFilter(period.atDay(1), period.atEndOfMonth(), List.of(Dimension.VENUE),
                venueId, venueId != null, null, null, null, area, false);
        StatsFilter trendFilter = new StatsFilter(period.minusMonths(11).atDay(1), period.atEndOfMonth(),
                List.of(Dimension.MONTH), venueId, venueId != null, null, null, null, area, false);
        return stats.report(monthFilter).flatMap(byVenue -> stats.report(trendFilter).flatMap(trend ->
                supervision.page(area, venueId, 0, 30).flatMap(page -> {
                    var words = ReportWords.of(language);
                    List<StatsCharts.Point> bars = byVenue.rows().stream().map(r -> new StatsCharts.Point(
                            r.labels().get("venue"), r.figures().received(), r.figures().closed())).toList();
                    java.util.Map<String, Figures> byMonth = new java.util.HashMap<>();
                    trend.rows().forEach(r -> byMonth.put(r.group().get("month").substring(0, 7), r.figures()));
                    // every month of the twelve, empty ones at zero, so the line's time axis is even
                    List<StatsCharts.Point> line = java.util.stream.IntStream.rangeClosed(0, 11)
                            .mapToObj(i -> period.minusMonths(11 - i).toString())
                            .map(m -> byMonth.containsKey(m) ? new StatsCharts.Point(m, byMonth.get(m).received(),
                                    byMonth.get(m).closed()) : new StatsCharts.Point(m, 0, 0)).toList();
                    return report.data("w", words).data("lang", language).data("month", period.toString())
                            .data("area", area != null ? area : venueId != null ? "#" + venueId : "—")
                            .data("total", byVenue.total())
                            .data("percent", new Percent())
                            .data("bars", StatsCharts.bars(bars, words.get("byVenue")))
                            .data("trend", StatsCharts.trend(line, words.get("trend")))
                            .data("cases", page.items())
                            .createUni();
                })));
    }

    /** Rates as percentages for the template. */
    public static final class Percent {
        public String of(Double rate) {
            return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
        }
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(LocalDate.now(clock.withZone(zone)));
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "must be YYYY-MM");
        }
    }

    private static Long venue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("venue", "must be a venue id");
        }
    }
}
