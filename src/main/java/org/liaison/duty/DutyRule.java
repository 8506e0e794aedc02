package org.liaison.duty;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "On which days the deputy receives residents at the venue. MONTHLY: the weekOrdinal-th weekday "
        + "of every month (the third Tuesday: weekOrdinal 3, weekdays [TUESDAY]); WEEKLY: every listed weekday; "
        + "DATES: the listed dates.")
public record DutyRule(
        @NotNull @Schema(example = "MONTHLY")
        RuleKind kind,
        @Schema(description = "MONTHLY only: 1 to 5, or -1 for the last such weekday of the month. A month without a "
                + "fifth such weekday has no contact day under 5.", example = "3")
        Integer weekOrdinal,
        @Schema(description = "MONTHLY: exactly one; WEEKLY: one or more, each once; DATES: none.", example = "[\"TUESDAY\"]")
        List<DayOfWeek> weekdays,
        @Schema(description = "DATES only: 1 to 366 distinct ISO dates, in any order.", example = "[\"2026-12-15\"]")
        List<LocalDate> dates) {
}
