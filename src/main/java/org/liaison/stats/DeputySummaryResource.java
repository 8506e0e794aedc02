package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.auth.Role;
import org.liaison.auth.TokenService;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A deputy's own record: the administrators' figures, for what this deputy did, over the last twelve months. */
@Path("/api/deputy/summary")
@Tag(name = "Deputy")
@RolesAllowed(Role.DEPUTY)
@Produces(MediaType.APPLICATION_JSON)
public class DeputySummaryResource {

    @Schema(name = "DeputySummary", description = "The figures of GET /api/admin/stats (same definitions) for the deputy "
            + "named by the token, over the local days from..to.")
    public record DeputySummary(long deputyId, LocalDate from, LocalDate to, Figures figures) {
    }

    private final StatsService stats;
    private final JsonWebToken token;
    private final ZoneId zone;
    private final Clock clock;

    DeputySummaryResource(StatsService stats, JsonWebToken token, LiaisonConfig config, Clock clock) {
        this.stats = stats;
        this.token = token;
        this.zone = config.zone();
        this.clock = clock;
    }

    @GET
    @Operation(summary = "My record", description = "Received, accepted, answered, on-time and satisfaction figures of the "
            + "cases this deputy held, over the last twelve months. " + StatsResource.DEFINITIONS)
    @APIResponse(responseCode = "200", description = "The deputy's figures.")
    @APIResponse(responseCode = "403", description = "The token names no deputy.")
    public Uni<DeputySummary> summary() {
        long deputyId = deputyId();
        StatsFilter filter = SummaryPeriod.lastTwelveMonths(LocalDate.now(clock.withZone(zone)), deputyId);
        return stats.total(filter).map(figures -> new DeputySummary(deputyId, filter.from(), filter.to(), figures));
    }

    private long deputyId() {
        Object value = token.getClaim(TokenService.DEPUTY_CLAIM);
        try {
            if (value instanceof JsonNumber number) {
                return number.longValueExact();
            }
            if (value != null) {
                return Long.parseLong(value.toString().replace("\"", ""));
            }
        } catch (ArithmeticException | NumberFormatException unreadable) {
            // refused below, like a missing claim
        }
        throw new ProblemException(403, "forbidden", "Forbidden", "The token does not name the deputy it acts for.",
                null, null, null);
    }
}
