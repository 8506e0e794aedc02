package org.liaison.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;

@ValidDuty
@Schema(description = "The complete new state of a duty. Send back the version you read: if someone changed the duty "
        + "since, the update is refused with 409.")
public record UpdateDutyRequest(
        @NotNull @Schema(description = "An active deputy not serving this venue under another duty.", example = "1")
        Long deputyId,
        @NotNull @Valid
        DutyRule rule,
        @Schema(type = SchemaType.STRING, example = "09:00")
        LocalTime startsAt,
        @Schema(type = SchemaType.STRING, example = "11:30")
        LocalTime endsAt,
        @NotNull @Schema(description = "The version this update is based on, as last read.", example = "0")
        Long version) implements ValidDuty.Shape {
}
