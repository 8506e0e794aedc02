package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;

/** A venue's public record, for the page residents open from its QR code. Aggregates only. */
@Path("/api/public/venues/{code}/summary")
@Tag(name = "Public")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicVenueSummaryResource {

    private final PublicVenueSummaries summaries;
    private final PublicCodeService codes;

    PublicVenueSummaryResource(PublicVenueSummaries summaries, PublicCodeService codes) {
        this.summaries = summaries;
        this.codes = codes;
    }

    @GET
    @WithSession
    @Operation(summary = "A venue's record", description = "Over the last twelve months, the venue and the venues under "
            + "it: cases received, cases solved (closed), and the satisfaction rate = (satisfied + basically satisfied) / "
            + "rated closed cases (unrated excluded; null when none was rated). Nothing about any single case or person. "
            + "An instance may answer from a copy up to liaison.stats.public-record-cache old (default 60 s).")
    @APIResponse(responseCode = "200", description = "The venue's record.")
    @APIResponse(responseCode = "404", description = "No such code.")
    @APIResponse(responseCode = "410", description = "A replaced poster's code.")
    public Uni<PublicVenueSummary> summary(@PathParam("code") String code) {
        return codes.resolve(OwnerKind.VENUE, code).flatMap(resolved -> summaries.ofLiveCode(resolved.code));
    }
}
