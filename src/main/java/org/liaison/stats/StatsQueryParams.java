package org.liaison.stats;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The query parameters of a statistics question, read as text so every bad value is a 400 naming its field. */
public class StatsQueryParams {

    /** The longest period one question may span. */
    static final int MAX_DAYS = 3700;

    @QueryParam("groupBy")
    @Parameter(description = "Up to two of venue, deputy, department, category, region, day, week, month, comma-separated.",
            example = "month,venue")
    public String groupBy;

    @QueryParam("from")
    @Parameter(description = "First local day (ISO date, in liaison.zone), included. Default: the first of this month.",
            example = "2026-03-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last local day, included. Default: today.", example = "2026-03-31")
    public String to;

    @QueryParam("venue")
    @Parameter(description = "Only cases of this venue (id).")
    public String venue;

    @QueryParam("subVenues")
    @Parameter(description = "With venue: its stations and points too.")
    public boolean subVenues;

    @QueryParam("deputy")
    @Parameter(description = "Only what this deputy (id) did; 0 for the administrators' queue.")
    public String deputy;

    @QueryParam("department")
    @Parameter(description = "Only while the case was with this department (id).")
    public String department;

    @QueryParam("category")
    @Parameter(description = "Only cases of this category (id).")
    public String category;

    @QueryParam("region")
    @Parameter(description = "Only venues of this region (exact name).", example = "梁溪区")
    public String region;

    @QueryParam("rollup")
    @Parameter(description = "Grouped by venue: a home's figures include its stations and points (rows then overlap).")
    public boolean rollup;

    /** The filter, or a 400 listing every bad field. */
    public StatsFilter toFilter(ZoneId zone, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, today.withDayOfMonth(1), errors);
        LocalDate last = date("to", to, today, errors);
        if (first != null && last != null && first.isAfter(last)) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        } else if (first != null && last != null && first.plusDays(MAX_DAYS).isBefore(last)) {
            errors.add(new Problem.FieldError("to", "the period may span at most " + MAX_DAYS + " days"));
        }
        List<Dimension> dimensions = dimensions(errors);
        Long venueId = id("venue", venue, errors);
        StatsFilter filter = new StatsFilter(first, last, dimensions, venueId, subVenues, id("deputy", deputy, errors),
                id("department", department, errors), id("category", category, errors),
                region == null || region.isBlank() ? null : region.trim(), rollup);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return filter;
    }

    private List<Dimension> dimensions(List<Problem.FieldError> errors) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of();
        }
        Set<Dimension> dimensions = new LinkedHashSet<>();
        for (String part : groupBy.split(",")) {
            try {
                if (!dimensions.add(Dimension.parse(part))) {
                    errors.add(new Problem.FieldError("groupBy", "names " + part.trim() + " twice"));
                }
            } catch (IllegalArgumentException unknown) {
                errors.add(new Problem.FieldError("groupBy", "unknown dimension '" + part.trim()
                        + "' (venue, deputy, department, category, region, day, week, month)"));
            }
        }
        if (dimensions.size() > 2) {
            errors.add(new Problem.FieldError("groupBy", "at most two dimensions at once"));
        }
        return List.copyOf(dimensions);
    }

    private static LocalDate date(String field, String text, LocalDate fallback, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO date such as 2026-03-01"));
            return null;
        }
    }

    private static Long id(String field, String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a non-negative whole number"));
            return null;
        }
    }
}
