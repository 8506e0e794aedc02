package org.liaison.venue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.text.FreeText;

@PairedCoordinates
@Schema(description = "The complete new state of a venue. Send back the version you read: if someone changed the "
        + "venue since, the update is refused with 409.")
public record UpdateVenueRequest(
        @NotNull @Schema(description = "HOME, STATION or POINT; the venues under it must still nest correctly.", example = "POINT")
        VenueKind kind,
        @Schema(description = "A HOME for a STATION, a STATION for a POINT; none for a HOME.", example = "2")
        Long parentId,
        @NotBlank @Size(max = 200) @Schema(example = "健康社区人大代表联系点")
        String name,
        @NotBlank @Size(max = 100) @Schema(example = "梁溪区")
        String region,
        @NotBlank @Size(max = 500) @Schema(example = "无锡市梁溪区健康路 12 号社区服务中心")
        String address,
        @DecimalMin("-90") @DecimalMax("90") @Schema(example = "31.5801")
        Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(example = "120.2968")
        Double longitude,
        @FreeText @Size(max = 500) @Schema(example = "每月第三个星期二 9:00-11:30")
        String openingHours,
        @NotNull @Schema(description = "false deactivates the venue, true reactivates it.", example = "true")
        Boolean active,
        @NotNull @Schema(description = "The version this update is based on, as last read.", example = "0")
        Long version,
        @Size(max = 64) @Pattern(regexp = "[^\\s,，]*", message = "must not contain spaces or commas")
        @Schema(description = "The administration's own number for it, unique; spreadsheet imports match on it. Absent keeps the stored one, blank clears it.",
                example = "LX-0042")
        String externalCode) implements PairedCoordinates.Located {
}
