package org.liaison.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** One group of a statistics answer. */
@Schema(description = "One group: its keys by dimension (ids, region names, or ISO dates: a week or month is its "
        + "first day; 0 is \"no deputy\" or \"no department\"), readable labels where the key is an id, and its figures.")
public record StatsRow(Map<String, String> group, Map<String, String> labels, Figures figures) {
}
