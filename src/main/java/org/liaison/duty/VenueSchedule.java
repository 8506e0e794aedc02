package org.liaison.duty;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(description = "Who receives residents at a venue today, and on its next contact day. Only active deputies count.")
public record VenueSchedule(
        @Schema(example = "4") Long venueId,
        @Schema(description = "Today in the service's time zone.", example = "2026-12-15") LocalDate today,
        @Schema(description = "Deputies on duty today, in order of their hours; empty when nobody is.")
        List<DeputyOnDuty> onDutyToday,
        @Schema(description = "The first contact day on or after today (today itself when someone is on duty today); "
                + "null when no duty has any contact day ahead.", nullable = true)
        ContactDay nextContactDay) {

    @Schema(description = "A deputy on duty on a contact day, with its hours when the duty has them.")
    public record DeputyOnDuty(
            @Schema(example = "1") Long deputyId,
            @Schema(example = "王丽") String deputyName,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:00", nullable = true) LocalTime startsAt,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "11:30", nullable = true) LocalTime endsAt) {
    }

    @Schema(name = "ContactDay", description = "A date on which deputies receive residents at the venue.")
    public record ContactDay(
            @Schema(example = "2026-12-15") LocalDate date,
            List<DeputyOnDuty> deputies) {
    }
}
