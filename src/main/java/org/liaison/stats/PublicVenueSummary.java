package org.liaison.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What residents see of a venue's record. */
@Schema(description = "A venue's record over the local days from..to (the last twelve months), its sub-venues included.")
public record PublicVenueSummary(LocalDate from, LocalDate to, long received, long solved,
                                 @Schema(description = "(satisfied + basically satisfied) / rated; unrated excluded; null when none rated.")
                                 Double satisfactionRate, long rated) {
}
