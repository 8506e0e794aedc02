package org.liaison.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The answer to a statistics question: the groups asked for and the total over everything that matched. */
@Schema(description = "Statistics for the local days from..to (both included) in the configured zone.")
public record StatsReport(LocalDate from, LocalDate to, String zone, List<String> groupBy, boolean rollup,
                          List<StatsRow> rows, Figures total) {
}
