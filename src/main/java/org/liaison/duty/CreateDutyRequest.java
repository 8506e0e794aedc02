package org.liaison.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;

@ValidDuty
@Schema(description = "A deputy to serve this venue, with its contact-day rule and optional contact hours.")
public record CreateDutyRequest(
        @NotNull @Schema(description = "An active deputy not yet serving this venue.", example = "1")
        Long deputyId,
        @NotNull @Valid
        DutyRule rule,
        @Schema(type = SchemaType.STRING, description = "Start of the contact hours, given together with endsAt.", example = "09:00")
        LocalTime startsAt,
        @Schema(type = SchemaType.STRING, description = "End of the contact hours, after startsAt.", example = "11:30")
        LocalTime endsAt) implements ValidDuty.Shape {
}
