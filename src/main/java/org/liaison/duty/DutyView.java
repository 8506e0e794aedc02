package org.liaison.duty;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalTime;

@Schema(description = "A deputy serving a venue, with its contact-day rule and hours.")
public record DutyView(
        @Schema(example = "1") Long id,
        @Schema(example = "4") Long venueId,
        @Schema(example = "1") Long deputyId,
        @Schema(example = "王丽") String deputyName,
        DutyRule rule,
        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:00") LocalTime startsAt,
        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "11:30") LocalTime endsAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back with an update.", example = "0") long version) {
}
